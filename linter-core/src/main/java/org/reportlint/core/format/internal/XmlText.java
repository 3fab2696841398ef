package org.reportlint.core.format.internal;

/**
 * Escapes document text for XML 1.0 so that the output stays well-formed whatever a document contains: markup
 * characters become references, and characters XML 1.0 forbids (control characters other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD.
 */
final class XmlText {

    private XmlText() {
    }

    /** Text for an attribute value in double quotes; tabs and line breaks are kept as references, not normalised. */
    static String attribute(String text) {
        return escape(text, true);
    }

    /** Text for element content. */
    static String content(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean attribute) {
        String repaired = Utf16.withoutLoneSurrogates(text);
        StringBuilder out = new StringBuilder(repaired.length() + 16);
        for (int i = 0; i < repaired.length(); i++) {
            char c = repaired.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;"); // a parser would turn a raw CR into LF
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(allowed(c) ? c : Utf16.REPLACEMENT);
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c != '\uFFFE' && c != '\uFFFF';
    }
}
