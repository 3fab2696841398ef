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
 * Finds the year ranges of a text block: {@code 2024-2030} with any dash and spacing (no-break spaces too), {@code 2024
 * to 2030}, {@code 2024 through 2030}, {@code from 2024 to 2030}, {@code between 2024 and 2030}, {@code 2024-30},
 * {@code 2024–30}, {@code 2024~2030}, fiscal and calendar years ({@code FY2024-FY2030}, {@code FY24-FY30}, {@code
 * CY2021-CY2026}) and estimate or forecast marks ({@code 2021E-2026F}, {@code 2024-2030F}), each classified by {@link
 * StatementClassifier}.
 *
 * <p>A range that no word classifies is a {@linkplain StatementKind#TITLE_PERIOD title period} when it is in a title,
 * a heading or the opening line of a document and that line names a market ({@code Sensor Market Analysis
 * 2025-2031}), and a forecast when its end year carries a forecast mark ({@code 2024-2030F}, {@code 2022E-2027P}).
 *
 * <p>Numbers that only look like ranges are left out: dates ({@code 2024-12-05}), parts of longer numbers or codes
 * ({@code ISO 9001-2015}, {@code 12,2024}), and quantities ({@code 2000-3000 units}, {@code $1500-2000}). A range
 * with a year outside {@value YearRange#EARLIEST_YEAR}-{@value YearRange#LATEST_YEAR} is kept only when its words
 * say it is a period, or it is written as fiscal years, because plain numbers such as {@code 1800-2000} are common.
 */
final class YearRangeExtractor {
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";
    /** Spacing inside a range: no-break and thin spaces too, as entities such as {@code &nbsp;} write it. */
    private static final String SPACE = "[\\s\u00a0\u2009\u202f]";
    /** A fiscal or calendar year prefix; with it a year may have two digits ({@code FY24}, {@code FY'24}). */
    private static final String PREFIX = "(?:FY|CY)" + SPACE + "?['\u2019]?";
    /** An estimate, forecast, actual or projected mark right after a year: {@code 2021E}, {@code 2030F}. */
    private static final String MARK = "(?-i:[EFAP])?";
    private static final Pattern RANGE = Pattern.compile("(?i)(?:(?<fy>" + PREFIX + ")(?<short>\\d{4}|\\d{2})"
            + "|(?<first>\\d{4}))" + MARK + "(?:"
            + SPACE + "*[" + DASHES + "~]" + SPACE + "*(?<dfy>" + PREFIX + ")?(?<dashed>\\d{4}|\\d{2})"
            + "(?<dmark>" + MARK + ")"
            + "|" + SPACE + "+(?<word>to|through|thru|until|till|and)" + SPACE + "+(?:(?<wfy>" + PREFIX + ")"
            + "(?<wshort>\\d{2})(?!\\d)|(?:" + PREFIX + ")?(?<worded>\\d{4}))(?<wmark>" + MARK + "))");
    /** A mark on the end year that says the range is forecast: {@code 2030F}, {@code 2027P}. */
    private static final Pattern FORECAST_MARK = Pattern.compile("[FP]");
    /** Words of a title that make it a report's title rather than a table's or a section's. */
    private static final Pattern REPORT_TITLE = Pattern.compile("(?i)\\b(?:markets?|industry)\\b");
    private static final Pattern YEAR_NUMBER = Pattern.compile("\\d{4}");
    /** The longest block that is only a value, labelled by the block before it. */
    private static final int VALUE_LENGTH = 40;
    /** The longest block before a value that can be its label. */
    private static final int LABEL_LENGTH = 60;
    /** The longest opening line of a document that is read as its title. */
    private static final int TITLE_LINE = 150;
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
        String labels = labelContext(block);
        // Headings are short and come from the block tree, whatever the format wrote them as.
        boolean heading = block.kind() == BlockKind.TITLE || block.kind() == BlockKind.HEADING;
        int titleEnd = heading ? text.length() : openingLineEnd(block);
        List<YearRange> ranges = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int from = Math.max(clauseStart(text, sentences, c.start), i == 0 ? 0 : candidates.get(i - 1).end);
            // A range written across a line break ends its sentence inside itself; words after it still count.
            int until = Math.max(c.end, Math.min(sentences.endOf(c.end - 1),
                    i + 1 < candidates.size() ? candidates.get(i + 1).start : text.length()));
            StatementKind kind = StatementClassifier.classify(text, c.start, c.end, from, until, heading, labels);
            if (kind == StatementKind.UNSPECIFIED) {
                kind = c.forecastMark ? StatementKind.FORECAST
                        : c.end <= titleEnd && REPORT_TITLE.matcher(text).region(0, titleEnd).find()
                        ? StatementKind.TITLE_PERIOD : StatementKind.UNSPECIFIED;
            }
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
        if (!Starts.hasDigit(text)) {
            return List.of(); // every range has digits; most blocks of prose have none
        }
        List<Candidate> found = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        int from = 0;
        // A range opens with a digit or a fiscal prefix; it may start inside a longer run of digits.
        while (from < text.length() && Starts.find(m, text, from,
                i -> Starts.isAsciiDigit(text.charAt(i)) || Starts.startsFiscalPrefix(text, i))) {
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
        String mark = m.group("dashed") != null ? m.group("dmark") : m.group("wmark");
        return new Candidate(start, end, first, last, fiscalYear, m.group("fy") != null,
                FORECAST_MARK.matcher(mark).matches());
    }

    /**
     * Where the opening line of a document ends when {@code block} holds it and it reads as a title (short, not a
     * sentence), as plain text writes a title; else 0.
     */
    private static int openingLineEnd(TextBlock block) {
        Block own = block.block();
        if (block.kind() != BlockKind.PARAGRAPH || own == null || own.texts().get(0) != block) {
            return 0;
        }
        Optional<Block> parent = own.parent();
        if (parent.isEmpty() || parent.get().kind() != BlockKind.DOCUMENT || parent.get().children().get(0) != own) {
            return 0;
        }
        String text = block.text();
        int end = text.indexOf('\n');
        while (end >= 0 && !block.isLineBreak(end)) {
            end = text.indexOf('\n', end + 1);
        }
        end = end < 0 ? text.length() : end;
        String line = text.substring(0, end).strip();
        boolean sentence = line.endsWith(".") || line.endsWith("!") || line.endsWith("?");
        return line.isEmpty() || sentence || line.length() > TITLE_LINE ? 0 : end;
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
     * Where the words that classify a range at {@code index} start: its sentence, or the line before it when that line
     * is a label ending with a colon ("Forecast period:" above "2024-2030").
     */
    private static int clauseStart(String text, SentenceSplitter sentences, int index) {
        int start = sentences.startOf(index);
        int labelEnd = start;
        while (labelEnd > 0 && Character.isWhitespace(text.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        return labelEnd > 0 && text.charAt(labelEnd - 1) == ':' ? sentences.startOf(labelEnd - 1) : start;
    }

    /**
     * The words that label the value a block holds, when the block itself may give none: the header of its table
     * column and the cells before it in its row ({@code Forecast Period | 2024-2030}), or, for a short value outside a
     * table, the short block just before it, as definition lists and label-value boxes write it ({@code <dt>Forecast
     * period</dt><dd>2024-2030</dd>}). Empty when nothing labels it.
     */
    private static String labelContext(TextBlock block) {
        Block own = block.block();
        if (own == null) {
            return "";
        }
        Optional<Block> cell = own.kind() == BlockKind.TABLE_CELL ? Optional.of(own)
                : own.ancestor(BlockKind.TABLE_CELL);
        if (cell.isPresent()) {
            String header = columnHeader(cell.get());
            String row = rowContext(block);
            return header.isEmpty() ? row : row.isEmpty() ? header : header + " | " + row;
        }
        Optional<Block> parent = own.parent();
        if (!isValueOrLabel(own) || block.text().strip().length() > VALUE_LENGTH || parent.isEmpty()) {
            return "";
        }
        List<Block> siblings = parent.get().children();
        int at = indexOf(siblings, own);
        if (at <= 0 || !isValueOrLabel(siblings.get(at - 1))) {
            return "";
        }
        // A label names what follows and holds no value of its own: "Forecast period", not "CAGR 2024-2030: 5%".
        String label = BlockText.of(siblings.get(at - 1)).strip();
        return label.length() <= LABEL_LENGTH && !YEAR_NUMBER.matcher(label).find() ? label : "";
    }

    /**
     * Where {@code block} is among {@code siblings}, found by its source offset (siblings follow the source), so that
     * a page of many short values does not scan its blocks once per value; -1 if it is not there.
     */
    private static int indexOf(List<Block> siblings, Block block) {
        int offset = block.sourceRange().start();
        int low = 0;
        int high = siblings.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Block sibling = siblings.get(mid);
            if (sibling == block) {
                return mid;
            }
            if (sibling.sourceRange().start() < offset) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        // Siblings that start at one offset (empty blocks) can hide it from the search.
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i) == block) {
                return i;
            }
        }
        return -1;
    }

    /** Blocks that write a label and its value one after the other: definition terms, paragraphs, boxes. */
    private static boolean isValueOrLabel(Block block) {
        return block.kind() == BlockKind.LIST_ITEM || block.kind() == BlockKind.PARAGRAPH
                || block.kind() == BlockKind.SECTION;
    }

    /** The text of the first row's cell in the column of {@code cell}, when {@code cell} is below that row. */
    private static String columnHeader(Block cell) {
        Optional<Block> row = cell.parent().filter(p -> p.kind() == BlockKind.TABLE_ROW);
        Optional<Block> table = row.flatMap(Block::parent).filter(p -> p.kind() == BlockKind.TABLE);
        if (table.isEmpty() || table.get().children().get(0) == row.get()) {
            return "";
        }
        for (Block header : table.get().children().get(0).children()) {
            if (header.kind() == BlockKind.TABLE_CELL && header.column() == cell.column()) {
                return BlockText.of(header);
            }
        }
        return "";
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
    private record Candidate(int start, int end, int first, int last, boolean fiscalYear, boolean fiscalPrefix,
                             boolean forecastMark) {
    }
}
