package org.reportlint.core.format.internal;

import java.util.regex.Pattern;

/**
 * The template a finding's message was made from, so that the HTML report can group the same defect across files:
 * "Stray &lt;/p&gt;: the &lt;p&gt; opened at 12:5 was already closed" and the same message at 80:3 are one defect.
 *
 * <p>Masked, because they change from one occurrence to the next: quoted text (the flagged words themselves, which
 * every rule quotes) becomes {@code "…"}, a file path (a cross-document finding names the other file) becomes
 * {@code …}, and numbers (positions, counts, figures, years) become {@code #}. Kept,
 * because they say which defect it is: tag names and every other word. So "Stray &lt;/p&gt;" and "Stray &lt;/div&gt;"
 * stay two groups; a template that leaves both behind has two defects to fix. Plural and singular counts
 * ("1 more time", "3 more times") fall into one group.
 */
final class HtmlMessagePattern {
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D");
    private static final Pattern PATH = Pattern.compile("\\S+\\.(?:html?|md|markdown|txt)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*");
    private static final Pattern TIMES = Pattern.compile("# more times?\\b");

    private HtmlMessagePattern() {
    }

    static String of(String message) {
        String masked = QUOTED.matcher(message).replaceAll("\"\u2026\"");
        masked = PATH.matcher(masked).replaceAll("\u2026");
        masked = NUMBER.matcher(masked).replaceAll("#");
        return TIMES.matcher(masked).replaceAll("# more times");
    }
}
