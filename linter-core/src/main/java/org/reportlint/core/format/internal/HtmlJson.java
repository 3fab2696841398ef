package org.reportlint.core.format.internal;

/**
 * JSON string literals that are safe inside an HTML {@code <script type="application/json">} element: besides
 * what JSON requires, {@code <}, {@code >} and {@code &} are written as {@code \}{@code u} escapes, so no text can end
 * the element ({@code </script>}) or open a comment, and U+2028 and U+2029 are escaped for readers that treat JSON
 * as JavaScript. Control characters and bidirectional overrides become visible stand-ins first, as in every report.
 */
final class HtmlJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private HtmlJson() {
    }

    static StringBuilder string(StringBuilder out, String text) {
        String safe = DisplayText.safe(text);
        out.append('"');
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(out, c);
                default -> {
                    if (c < 0x20) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                .append(HEX[c & 15]);
    }
}
