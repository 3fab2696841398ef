package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the year ranges of a text block: {@code 2024-2030} with any dash and spacing, {@code 2024 to 2030}, {@code
 * 2024 through 2030}, {@code from 2024 to 2030}, {@code between 2024 and 2030}, {@code 2024-30}, {@code 2024–30},
 * fiscal and calendar years ({@code FY2024-FY2030}, {@code FY24-FY30}, {@code CY2021-CY2026}) and estimate or forecast
 * marks ({@code 2021E-2026F}, {@code 2024-2030F}), each classified by {@link StatementClassifier}.
 *
 * <p>Numbers that only look like ranges are left out: dates ({@code 2024-12-05}), parts of longer numbers or codes
 * ({@code ISO 9001-2015}, {@code 12,2024}), and quantities ({@code 2000-3000 units}, {@code $1500-2000}). A range
 * with a year outside {@value YearRange#EARLIEST_YEAR}-{@value YearRange#LATEST_YEAR} is kept only when its words
 * say it is a period, or it is written as fiscal years, because plain numbers such as {@code 1800-2000} are common.
 */
final class YearRangeExtractor {
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";
    /** A fiscal or calendar year prefix; with it a year may be written with two digits ({@code FY24}). */
    private static final String PREFIX = "(?:FY|CY)\\s?";
    /** An estimate, forecast, actual or projected mark right after a year: {@code 2021E}, {@code 2030F}. */
    private static final String MARK = "(?-i:[EFAP])?";
    private static final Pattern RANGE = Pattern.compile("(?i)(?:(?<fy>" + PREFIX + ")(?<short>\\d{4}|\\d{2})"
            + "|(?<first>\\d{4}))" + MARK + "(?:"
            + "\\s*[" + DASHES + "]\\s*(?<dfy>" + PREFIX + ")?(?<dashed>\\d{4}|\\d{2})" + MARK
            + "|\\s+(?<word>to|through|thru|until|till|and)\\s+(?:(?<wfy>" + PREFIX + ")(?<wshort>\\d{2})(?!\\d)"
            + "|(?:" + PREFIX + ")?(?<worded>\\d{4}))" + MARK + ")");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?i)(?:[$\u20ac\u00a3\u00a5\u20b9]|\\b(?:usd|us\\$|eur|gbp|inr|rs\\.?))\\s*$");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s*(?:%|\u00b0|(?:percent|per\\s?cent"
            + "|thousand|million|billion|trillion|mn|bn|units?|tons?|tonnes?|kilotons?|kg|g|mg|lbs?|pounds?"
            + "|mm|cm|km|m|nm|ft|feet|miles?|meters?|metres?|sq|square|acres?|hectares?|ha|l|ml|litres?|liters?"
            + "|barrels?|bpd|rpm|mph|hz|khz|mhz|ghz|w|kw|mw|gw|kwh|mwh|v|volts?|mah|psi|bar|usd|eur|dollars?|euros?"
            + "|people|persons?|employees|workers|pieces|pcs|hours?|hrs?|days?|degrees?|ppm|gb|tb|mb|words?|pages?"
            + "|kcal|calories|cc)\\b)");

    private YearRangeExtractor() {
    }

    /**
     * The year ranges of one block, in text order; {@code splitter} gives the block's split into sentences, asked for
     * only when the block has something that looks like a range.
     */
    static List<YearRange> extract(TextBlock block, java.util.function.Supplier<SentenceSplitter> splitter) {
        String text = block.text();
        List<Candidate> candidates = candidates(text);
        if (candidates.isEmpty()) {
            return List.of();
        }
        SentenceSplitter sentences = splitter.get();
        String rowContext = rowContext(block);
        // Headings are short and come from the block tree, whatever the format wrote them as.
        boolean heading = block.kind() == BlockKind.TITLE || block.kind() == BlockKind.HEADING;
        List<YearRange> ranges = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int from = Math.max(sentences.startOf(c.start), i == 0 ? 0 : candidates.get(i - 1).end);
            // A range written across a line break ends its sentence inside itself; words after it still count.
            int until = Math.max(c.end, Math.min(sentences.endOf(c.end - 1),
                    i + 1 < candidates.size() ? candidates.get(i + 1).start : text.length()));
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
        int first = m.group("first") != null ? Integer.parseInt(m.group("first")) : year(m.group("short"));
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
                // "FY2024-25" is one fiscal year; "FY24-FY25" names two.
                fiscalYear = last == first + 1 && m.group("dfy") == null;
            }
        } else {
            last = m.group("worded") != null ? Integer.parseInt(m.group("worded")) : year(m.group("wshort"));
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

    /** A year written with four digits, or with two after a fiscal prefix ({@code FY24} is 2024, {@code FY99} 1999). */
    private static int year(String written) {
        int value = Integer.parseInt(written);
        if (written.length() == 4) {
            return value;
        }
        return value < 70 ? 2000 + value : 1900 + value;
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

    /**
     * The text of the cells before the block's cell in its table row, which often label it ({@code Forecast Period |
     * 2024-2030}); read from the block tree, so Markdown tables count as HTML ones do.
     */
    static String rowContext(TextBlock block) {
        Optional<Block> cell = block.block() == null ? Optional.empty()
                : block.block().kind() == BlockKind.TABLE_CELL ? Optional.of(block.block())
                : block.block().ancestor(BlockKind.TABLE_CELL);
        Optional<Block> row = cell.flatMap(Block::parent).filter(p -> p.kind() == BlockKind.TABLE_ROW);
        if (row.isEmpty()) {
            return "";
        }
        List<String> before = new ArrayList<>();
        for (Block sibling : row.get().children()) {
            if (sibling == cell.get()) {
                break;
            }
            before.add(BlockText.of(sibling));
        }
        return String.join(" | ", before);
    }

    /** A syntactic range before classification. */
    private record Candidate(int start, int end, int first, int last, boolean fiscalYear, boolean fiscalPrefix) {
    }
}
