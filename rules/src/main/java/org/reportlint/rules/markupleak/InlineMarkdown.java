package org.reportlint.rules.markupleak;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Markdown that was never rendered: bold, italic, links and images, heading lines and table rows.
 *
 * <p>A Markdown table is recognised by the line under its header ({@code |---|---|}), which nothing else looks like.
 *
 * <p>Each form needs the shape a Markdown renderer would have turned into markup: markers that open before a word
 * and close after one, with a letter or digit between. So {@code 5 * 3}, {@code Revenue*}, {@code * Estimates}, a
 * lone {@code **}, a star rating {@code *****}, {@code a_b_c} and {@code __init__} are not emphasis, {@code #1} and
 * {@code C#} are not headings, and {@code [1]} or {@code (2024)} are not links.
 */
final class InlineMarkdown {
    /** Bold may run over a wrapped line of HTML source, as Markdown emphasis runs over a soft line break. */
    private static final Pattern BOLD_STARS = Pattern.compile(
            "(?<![\\w*\\\\])\\*\\*(?=[^\\s*])([^*]{1,200}?)(?<=[^\\s*\\\\])\\*\\*(?![\\w*])");
    private static final Pattern BOLD_ITALIC_STARS = Pattern.compile(
            "(?<![\\w*\\\\])\\*\\*\\*(?=[^\\s*])([^*\\n]{1,200}?)(?<=[^\\s*\\\\])\\*\\*\\*(?![\\w*])");
    private static final Pattern BOLD_UNDERSCORES = Pattern.compile(
            "(?<![\\w\\\\])__(?=[^\\s_])([^_\\n]{1,200}?)(?<=[^\\s_\\\\])__(?!\\w)");
    private static final Pattern ITALIC_STARS = Pattern.compile(
            "(?<![\\w*\\\\])\\*(?=[^\\s*])([^*\\n]{1,150}?)(?<=[^\\s*\\\\])\\*(?![\\w*])");
    /** Only destinations that read as addresses: {@code [text](Table 2)} or {@code [a](2024)} are prose. */
    private static final Pattern LINK = Pattern.compile(
            "(!?)\\[([^\\[\\]\\n]{1,200})\\]\\((?:(?:https?://|www\\.|mailto:|/|\\.{1,2}/|#)[^\\s()]*"
                    + "|[\\w./-]+\\.(?:html?|php|aspx?|pdf)(?:[?#][^\\s()]*)?)(?:\\s+\"[^\"\\n]*\")?\\)");
    /** The line under a Markdown table's header: {@code |---|:---:|}, at least two columns of at least three dashes. */
    private static final Pattern TABLE_DELIMITER_LINE = Pattern.compile(
            "\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?[ \\t]*(?=\\n|$)");
    private static final Pattern HEADING_LINE = Pattern.compile("(#{1,6})[ \\t]+(\\S[^\\n]*?)[ \\t#]*(?=\\n|$)");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9_]+");

    private InlineMarkdown() {
    }

    /**
     * The unrendered Markdown in {@code text}; {@code lineStarts} are the offsets where a line of it starts, after
     * its indentation. A single {@code #} in a table cell is a number sign, never a heading.
     */
    static List<Leak> find(String text, int[] lineStarts, boolean tableCell) {
        List<Leak> leaks = new ArrayList<>(strong(text));
        leaks.addAll(italics(text));
        if (text.indexOf('#') >= 0) {
            headings(text, lineStarts, tableCell, leaks);
        }
        if (text.indexOf('|') >= 0) {
            tableDelimiters(text, lineStarts, leaks);
        }
        return leaks;
    }

    private static void tableDelimiters(String text, int[] lineStarts, List<Leak> leaks) {
        Matcher delimiter = TABLE_DELIMITER_LINE.matcher(text);
        for (int start : lineStarts) {
            if (delimiter.region(start, text.length()).lookingAt()) {
                String line = delimiter.group().strip();
                leaks.add(new Leak(start, start + line.length(), "Markdown table \"" + line + "\" shown as text"));
            }
        }
    }

    /**
     * Bold, links and images: the forms nobody writes by hand in text meant to be read as it is, so they show
     * Markdown leaked into a plain text file too.
     */
    static List<Leak> strong(String text) {
        List<Leak> leaks = new ArrayList<>();
        if (text.indexOf('*') >= 0) {
            emphasis(text, BOLD_STARS, "bold", leaks);
            emphasis(text, BOLD_ITALIC_STARS, "bold italic", leaks);
        }
        if (text.contains("__")) {
            Matcher bold = BOLD_UNDERSCORES.matcher(text);
            while (bold.find()) {
                // A lower-case word between double underscores is an identifier (__init__), not emphasis.
                if (hasLetterOrDigit(bold.group(1)) && !IDENTIFIER.matcher(bold.group(1)).matches()) {
                    leaks.add(leak(bold, "Markdown bold"));
                }
            }
        }
        if (text.contains("](")) {
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                if (hasLetterOrDigit(link.group(2))) {
                    leaks.add(leak(link, link.group(1).isEmpty() ? "Markdown link" : "Markdown image"));
                }
            }
        }
        return leaks;
    }

    /** Italic between single stars, which plain text also uses by hand for *emphasis*. */
    static List<Leak> italics(String text) {
        List<Leak> leaks = new ArrayList<>();
        if (text.indexOf('*') >= 0) {
            emphasis(text, ITALIC_STARS, "italic", leaks);
        }
        return leaks;
    }

    private static void emphasis(String text, Pattern pattern, String kind, List<Leak> leaks) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (hasLetterOrDigit(matcher.group(1))) {
                leaks.add(leak(matcher, "Markdown " + kind));
            }
        }
    }

    private static void headings(String text, int[] lineStarts, boolean tableCell, List<Leak> leaks) {
        Matcher heading = HEADING_LINE.matcher(text);
        for (int start : lineStarts) {
            if (!heading.region(start, text.length()).lookingAt()) {
                continue;
            }
            String title = heading.group(2);
            // "# of units" and a table's "# Sold" column use a single # as a number sign; ## never is.
            boolean single = heading.group(1).length() == 1;
            if (single && (tableCell || !Character.isUpperCase(title.charAt(0)))) {
                continue;
            }
            if (LETTER.matcher(title).find()) {
                leaks.add(new Leak(heading.start(1), heading.end(2),
                        "Markdown heading \"" + text.substring(heading.start(1), heading.end(2)) + "\" shown as text"));
            }
        }
    }

    private static Leak leak(Matcher matcher, String kind) {
        return new Leak(matcher.start(), matcher.end(), kind + " \"" + matcher.group() + "\" shown as text");
    }

    static boolean hasLetterOrDigit(String text) {
        return LETTER_OR_DIGIT.matcher(text).find();
    }
}
