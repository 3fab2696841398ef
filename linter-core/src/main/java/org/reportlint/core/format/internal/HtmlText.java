package org.reportlint.core.format.internal;

/**
 * Escapes untrusted text for HTML element content and quoted attribute values alike: markup characters become
 * references, control characters and bidirectional overrides become visible stand-ins (see {@link DisplayText}) and
 * lone surrogates become U+FFFD, so no document can add markup, script or misleading reordering to a report.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        String safe = DisplayText.safe(Utf16.withoutLoneSurrogates(text));
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
