package org.reportlint.rules.markupleak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds HTML tags in visible text: {@code <p>} shown because the source says {@code &lt;p&gt;}, or a tag a browser
 * could not read ({@code < /span>}, {@code </ p>}), or a tag in the prose of a Markdown or plain text file.
 *
 * <p>Only names of HTML elements a report uses count, written as a tag is written: {@code a < b > c}, {@code < 5%},
 * {@code <3} and {@code <Market Name>} are not tags. A bare inline start tag with a one-letter name
 * ({@code <b>}, {@code <i>}, {@code <a>}) is reported only when its end tag is in the same text, since {@code x<b>y}
 * may be a comparison; a paragraph's {@code <p>} often has no end tag and needs none.
 */
final class EscapedTags {
    private static final String NAMES = "(?:p|br|div|span|strong|b|i|em|u|s|a|li|ul|ol|h[1-6]|table|tr|td|th|thead"
            + "|tbody|tfoot|img|sup|sub|hr|section|font|small|big|blockquote|article|header|footer|nav|aside|main"
            + "|label|input|button|form|iframe|script|style|meta|link|html|head|body|title|center|figure|figcaption"
            + "|caption|dl|dt|dd|abbr|cite|mark|strike|del|ins|pre|code|noscript|select|option|svg)";
    private static final String ATTRIBUTE = "\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"
            + "(?:\\s*=\\s*(?:\"[^\"<>\\n]*\"|'[^'<>\\n]*'|[^\\s\"'<>=`]+))?";
    private static final Pattern END_TAG = Pattern.compile("<\\s{0,2}/\\s{0,2}(" + NAMES + ")\\s{0,2}>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern START_TAG = Pattern.compile(
            "<(" + NAMES + ")(?![-\\w])((?:" + ATTRIBUTE + ")*)\\s*/?>", Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> ONE_LETTER_INLINE = java.util.Set.of("a", "b", "i", "s", "u");

    private EscapedTags() {
    }

    static List<Leak> find(String text) {
        if (text.indexOf('<') < 0 || text.indexOf('>') < 0) {
            return List.of();
        }
        List<Leak> leaks = new ArrayList<>();
        Matcher end = END_TAG.matcher(text);
        while (end.find()) {
            leaks.add(leak(end));
        }
        Matcher start = START_TAG.matcher(text);
        while (start.find()) {
            String name = start.group(1).toLowerCase(Locale.ROOT);
            boolean bare = start.group(2).isEmpty() && !start.group().contains("/");
            if (!bare || !ONE_LETTER_INLINE.contains(name) || hasEndTag(text, start.end(), name)) {
                leaks.add(leak(start));
            }
        }
        leaks.sort(java.util.Comparator.comparingInt(Leak::start));
        return leaks;
    }

    private static boolean hasEndTag(String text, int from, String name) {
        Matcher end = END_TAG.matcher(text);
        end.region(from, text.length());
        while (end.find()) {
            if (end.group(1).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static Leak leak(Matcher tag) {
        return new Leak(tag.start(), tag.end(), "HTML tag \"" + tag.group() + "\" shown as text");
    }
}
