package org.reportlint.core.format;

/** Text and code as Markdown shows them, for SARIF help and the rules' documentation pages. */
public final class MarkdownText {
    private MarkdownText() {
    }

    /**
     * Plain text that Markdown shows as written: a tag-like {@code <meta charset>} would otherwise vanish, and two
     * dollar signs would turn what lies between them into math on GitHub.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>$".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Text for a table cell: escaped, with its pipes escaped too and its lines joined. */
    public static String cell(String text) {
        return escape(text.strip().replace('\n', ' ')).replace("|", "\\|");
    }

    /** A fenced code block whose fence is longer than any run of backticks in the code, so it cannot end early. */
    public static String fenced(String code) {
        int longest = 0;
        int run = 0;
        for (char c : code.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + code + "\n" + fence;
    }
}
