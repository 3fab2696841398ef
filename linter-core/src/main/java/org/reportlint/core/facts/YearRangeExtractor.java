package org.reportlint.rules.daterange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the year ranges of a document's text blocks: {@code 2024-2030} with any dash and spacing, {@code 2024 to
 * 2030}, {@code 2024 through 2030}, {@code from 2024 to 2030}, {@code between 2024 and 2030}, {@code 2024-30},
 * {@code FY2024-FY2030}, each classified by {@link StatementClassifier}.
 *
 * <p>Numbers that only look like ranges are left out: dates ({@code 2024-12-05}), parts of longer numbers or codes
 * ({@code ISO 9001-2015}, {@code 12,2024}), and quantities ({@code 2000-3000 units}, {@code $1500-2000}). A range
 * with a year outside {@value YearRange#EARLIEST_YEAR}-{@value YearRange#LATEST_YEAR} is kept only when its words
 * say it is a period, or it is written as fiscal years, because plain numbers such as {@code 1800-2000} are common.
 */
public final class YearRangeExtractor {
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<fy>FY\\s?)?(?<first>\\d{4})(?:"
            + "\\s*[" + DASHES + "]\\s*(?:FY\\s?)?(?<dashed>\\d{4}|\\d{2})"
            + "|\\s+(?<word>to|through|thru|until|till|and)\\s+(?:FY\\s?)?(?<worded>\\d{4}))");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?i)(?:[$\u20ac\u00a3\u00a5\u20b9]|\\b(?:usd|us\\$|eur|gbp|inr|rs\\.?))\\s*$");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s*(?:%|\u00b0|(?:percent|per\\s?cent"
            + "|thousand|million|billion|trillion|mn|bn|units?|tons?|tonnes?|kilotons?|kg|g|mg|lbs?|pounds?"
            + "|mm|cm|km|m|nm|ft|feet|miles?|meters?|metres?|sq|square|acres?|hectares?|ha|l|ml|litres?|liters?"
            + "|barrels?|bpd|rpm|mph|hz|khz|mhz|ghz|w|kw|mw|gw|kwh|mwh|v|volts?|mah|psi|bar|usd|eur|dollars?|euros?"
            + "|people|persons?|employees|workers|pieces|pcs|hours?|hrs?|days?|degrees?|ppm|gb|tb|mb|words?|pages?"
            + "|kcal|calories|cc)\\b)");
    private static final Evaluator TABLE_CELL = QueryParser.parse("td, th");
    private static final Pattern HEADING_LINE = Pattern.compile("^\\s{0,3}#{1,6}\\s");

    private YearRangeExtractor() {
    }

    /** Every year range of every block of the document, in document order. */
    public static List<YearRange> extract(Document document) {
        List<YearRange> ranges = new ArrayList<>();
        for (TextBlock block : document.blocks()) {
            ranges.addAll(extract(document, block));
        }
        return ranges;
    }

    /** The year ranges of one block, in text order. */
    public static List<YearRange> extract(Document document, TextBlock block) {
        String text = block.text();
        List<Candidate> candidates = candidates(text);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Sentences sentences = Sentences.of(text, lineBreaks(document, block));
        String rowContext = rowContext(block);
        List<YearRange> ranges = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int from = Math.max(sentences.startOf(c.start), i == 0 ? 0 : candidates.get(i - 1).end);
            // A range written across a line break ends its sentence inside itself; words after it still count.
            int until = Math.max(c.end, Math.min(sentences.endOf(c.end - 1),
                    i + 1 < candidates.size() ? candidates.get(i + 1).start : text.length()));
            boolean heading = block.kind() == BlockKind.TITLE || block.kind() == BlockKind.HEADING
                    || document.format() != DocumentFormat.HTML && isHeadingLine(text, c.start);
            StatementKind kind = StatementClassifier.classify(text, c.start, c.end, from, until, heading, rowContext);
            YearRange range = new YearRange(block, c.start, c.end, c.first, c.last, c.fiscalYear, kind);
            boolean plausible = range.implausibleYear().isEmpty();
            if (plausible || kind != StatementKind.UNSPECIFIED || c.fiscalPrefix) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    /** Syntactic matches that are not dates, codes or quantities, with at least one plausible year. */
    private static List<Candidate> candidates(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Candidate candidate = candidate(text, m);
            if (candidate != null) {
                found.add(candidate);
                from = m.end();
            } else {
                // A rejected match may hide a real range starting at its second number: "in 2023 and 2024-2030".
                from = m.end("first");
            }
        }
        return found;
    }

    private static Candidate candidate(String text, Matcher m) {
        int start = m.start();
        int end = m.end();
        if (!cleanBefore(text, start) || !cleanAfter(text, end)) {
            return null;
        }
        int first = Integer.parseInt(m.group("first"));
        int last;
        boolean fiscalYear = false;
        if (m.group("dashed") != null) {
            String written = m.group("dashed");
            last = Integer.parseInt(written);
            if (written.length() == 2) {
                last += first / 100 * 100;
                if (last <= first) {
                    return null; // a year and month such as 2024-05, not a range
                }
                fiscalYear = last == first + 1;
            }
        } else {
            last = Integer.parseInt(m.group("worded"));
            if (m.group("word").equalsIgnoreCase("and")
                    && !BETWEEN_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                return null;
            }
        }
        if (!YearRange.isPlausible(first) && !YearRange.isPlausible(last)) {
            return null;
        }
        if (CURRENCY_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find()
                || UNIT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find()) {
            return null;
        }
        return new Candidate(start, end, first, last, fiscalYear, m.group("fy") != null);
    }

    private static boolean cleanBefore(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        if (Character.isLetterOrDigit(c) || "_-/.$#+\u20ac\u00a3".indexOf(c) >= 0 || DASHES.indexOf(c) >= 0) {
            return false;
        }
        return !(c == ',' && start >= 2 && Character.isDigit(text.charAt(start - 2)));
    }

    private static boolean cleanAfter(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '%') {
            return false;
        }
        boolean joiner = c == '/' || c == '.' || c == ',' || DASHES.indexOf(c) >= 0;
        return !(joiner && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
    }

    /** In HTML only a {@code <br>} breaks a line; a newline in the source is wrapping. Elsewhere every newline does. */
    private static IntPredicate lineBreaks(Document document, TextBlock block) {
        if (document.format() != DocumentFormat.HTML) {
            return index -> true;
        }
        String source = document.source();
        return index -> source.charAt(block.sourceStart(index)) == '<';
    }

    private static boolean isHeadingLine(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        return HEADING_LINE.matcher(text.substring(lineStart, Math.min(text.length(), lineStart + 8))).find();
    }

    /** The text of the cells before the block's cell in its table row, which often label it. */
    private static String rowContext(TextBlock block) {
        Element cell = block.element().map(e -> e.closest(TABLE_CELL)).orElse(null);
        if (cell == null) {
            return "";
        }
        List<String> before = new ArrayList<>();
        for (Element sibling = cell.previousElementSibling(); sibling != null;
                sibling = sibling.previousElementSibling()) {
            before.add(0, sibling.text());
        }
        return String.join(" | ", before);
    }

    /** A syntactic range before classification. */
    private record Candidate(int start, int end, int first, int last, boolean fiscalYear, boolean fiscalPrefix) {
    }
}
