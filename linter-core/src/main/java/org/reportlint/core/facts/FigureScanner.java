package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the figures and single years of one text block.
 *
 * <p>A number is money when a currency comes right before or after it ({@code USD 4.98 billion}, {@code $1.35 Bn},
 * {@code 4.98 billion USD}), a percentage with {@code %}, {@code percent} or {@code per cent}, and otherwise a count.
 * A four-digit number from 1900 to 2100 with nothing that makes it a quantity is a year. Numbers that are not figures
 * are left out rather than guessed at: identifiers ({@code ISO 9001}, {@code Top 10}, {@code Phase 3}, {@code v2.0}),
 * parts of dates, times, ratios and phone numbers ({@code 2024-05-12}, {@code 24/7}, {@code +1 555 123 4567}),
 * numbers glued to letters ({@code 5G}, {@code H2}), percentage points, and European decimal commas.
 */
final class FigureScanner {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String NUMBER_BODY = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,])" + NUMBER_BODY + "(?![.,]\\d|\\d)");
    private static final Pattern PREFIXED_YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:FY|CY)\\s?(\\d{4}|\\d{2})(?-i:[EFAP])?(?![\\p{L}\\p{N}])");
    /** Currency signs and codes as printed right before a number, longest first. */
    static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?:(?<![\\p{L}])(?<code>US\\$|U\\.S\\.\\s?\\$|USD|CA\\$|C\\$|CAD|AU\\$|A\\$|AUD|S\\$|SGD|HK\\$|HKD"
            + "|NZ\\$|NZD|R\\$|BRL|EUR|GBP|INR|Rs\\.?|JPY|CNY|RMB|CHF|KRW|SAR|AED|ZAR|MXN|RUB)"
            + "|(?<sign>[$\u20ac\u00a3\u20b9\u00a5\u20a9]))[\\s\u00a0]?$");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?i)^[\\s\u00a0]?(?<code>USD|EUR|GBP|INR|JPY|CNY|RMB"
            + "|US\\s+dollars?|dollars?|euros?|pounds\\s+sterling|rupees|yen|yuan|renminbi)(?![\\p{L}])");
    private static final Pattern MAGNITUDE_WORD = Pattern.compile(
            "(?i)^[\\s\u00a0]?(?<word>thousand|million|billion|trillion|lakhs?|crores?|mn|bn|mln|bln)(?![\\p{L}\\p{N}])");
    /** Abbreviations that are a magnitude only beside a currency: {@code $5M}; {@code 5 mm} is a length. */
    private static final Pattern MAGNITUDE_MONEY = Pattern.compile(
            "^[\\s\u00a0]?(?<word>(?i:tn|trn)|MM|[KkMBT])(?![\\p{L}\\p{N}])");
    private static final Pattern PERCENT = Pattern.compile("(?i)^\\s?(?:%|per\\s?cent(?!age)\\b|pct\\b)");
    private static final Pattern POINTS = Pattern.compile("(?i)^\\s?(?:%|per\\s?cent(?:age)?)?\\s*points?\\b|^\\s?pp\\b");
    /** Matched with {@code lookingAt} at a number's end. */
    private static final Pattern RANGE_JOIN = Pattern.compile(
            "\\s?[-\u2010\u2011\u2012\u2013\u2014\u2212]\\s?|\\s+to\\s+");
    private static final Pattern AND_JOIN = Pattern.compile("\\s+and\\s+");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    /** Words and codes after which a number names a thing rather than measuring it. */
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile("(?:(?<![\\p{L}])(?:ISO|IEC|EN|ASTM|IEEE|DIN"
            + "|UL|NFPA|SAE|ANSI|BS|JIS|IS|IP|CAS|HS|NAICS|SIC)(?:/[A-Z]+)?"
            + "|(?i:\\b(?:version|ver\\.?|v|release|model|class|grade|level|phase|stage|generation|gen|series|tier"
            + "|type|no\\.?|nos\\.?|number|page|pages|p\\.|pp\\.|chapter|section|sec\\.|figure|fig\\.|table|exhibit"
            + "|chart|step|top|fortune|category|zone|article|rule|act|schedule|room|floor|suite|route|highway"
            + "|item|sku|code|id|pin|zip|call|phone|tel|fax|ext\\.?|toll-free|patent|windows|ios|android)))"
            + "\\s*[#:]?\\s*$|#\\s?$");
    private static final Pattern PHONE = Pattern.compile(
            "\\+\\s?\\d{1,3}(?:[\\s.\\-]?\\(?\\d{1,5}\\)?){2,5}"
            + "|\\(\\d{2,5}\\)\\s?\\d{2,4}[\\s.\\-]?\\d{3,5}"
            + "|(?<![\\d.\\-])\\d{3}[.\\-]\\d{3}[.\\-]\\d{4}(?![\\d\\-])");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s?(?:units?|tons?|tonnes?|kilotons?|kg"
            + "|pieces|pcs|people|persons|employees|workers|users|vehicles|barrels?|hectares?|acres?|mw|gw|kwh"
            + "|square|sq|meters?|metres?|km|miles?|feet|ft)\\b");
    private static final Pattern SECOND_CURRENCY = Pattern.compile(
            "^(?:US\\$|USD|[$\u20ac\u00a3\u20b9\u00a5]|EUR|GBP|INR)[\\s\u00a0]?");
    private static final Pattern SECOND_NUMBER = Pattern.compile("^" + NUMBER_BODY + "(?![.,]\\d|\\d)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("USD", "USD"), Map.entry("CA$", "CAD"),
            Map.entry("C$", "CAD"), Map.entry("AU$", "AUD"), Map.entry("A$", "AUD"), Map.entry("S$", "SGD"),
            Map.entry("HK$", "HKD"), Map.entry("NZ$", "NZD"), Map.entry("R$", "BRL"), Map.entry("\u20ac", "EUR"),
            Map.entry("\u00a3", "GBP"), Map.entry("\u20b9", "INR"), Map.entry("RS", "INR"), Map.entry("RS.", "INR"),
            Map.entry("\u00a5", "JPY"), Map.entry("YEN", "JPY"), Map.entry("\u20a9", "KRW"),
            Map.entry("RMB", "CNY"), Map.entry("YUAN", "CNY"), Map.entry("RENMINBI", "CNY"),
            Map.entry("DOLLAR", "USD"), Map.entry("DOLLARS", "USD"), Map.entry("US DOLLAR", "USD"),
            Map.entry("US DOLLARS", "USD"), Map.entry("EURO", "EUR"), Map.entry("EUROS", "EUR"),
            Map.entry("POUNDS STERLING", "GBP"), Map.entry("RUPEES", "INR"));
    private static final int LOOK_BEHIND = 16;
    /** The last characters of the signs and codes {@link #CURRENCY_BEFORE} knows. */
    private static final String CURRENCY_ENDS = "$DLRPs.YBFWN\u20ac\u00a3\u20b9\u00a5\u20a9";

    private final TextBlock block;
    private final String text;
    private final IntFunction<Sentence> sentenceAt;
    private final BitSet masked;
    private final List<Figure> figures = new ArrayList<>();
    private final List<Year> years = new ArrayList<>();

    private FigureScanner(TextBlock block, List<YearRange> ranges, IntFunction<Sentence> sentenceAt) {
        this.block = block;
        this.text = block.text();
        this.sentenceAt = sentenceAt;
        this.masked = new BitSet(text.length());
        for (YearRange range : ranges) {
            masked.set(range.textStart(), range.textEnd());
        }
        Matcher phone = PHONE.matcher(text);
        int from = 0;
        while (Starts.find(phone, text, from, this::mayStartPhone)) {
            masked.set(phone.start(), phone.end());
            from = phone.end();
        }
    }

    /** What one block states: its figures and single years, in text order. */
    record Found(List<Figure> figures, List<Year> years) {
    }

    private static final Found NONE = new Found(List.of(), List.of());

    /**
     * Scans {@code block}, leaving out the text of its year {@code ranges}; {@code sentenceAt} gives the sentence of a
     * block text offset.
     */
    static Found scan(TextBlock block, List<YearRange> ranges, IntFunction<Sentence> sentenceAt) {
        if (!Starts.hasDigit(block.text())) {
            return NONE; // every figure and year has a digit; most blocks of prose have none
        }
        FigureScanner scanner = new FigureScanner(block, ranges, sentenceAt);
        scanner.scanPrefixedYears();
        scanner.scanNumbers();
        scanner.years.sort(java.util.Comparator.comparingInt(Year::start));
        return new Found(List.copyOf(scanner.figures), List.copyOf(scanner.years));
    }

    private void scanPrefixedYears() {
        Matcher m = PREFIXED_YEAR.matcher(text);
        int from = 0;
        while (Starts.find(m, text, from, i -> Starts.startsFiscalPrefix(text, i))) {
            from = m.end();
            if (!masked.get(m.start())) {
                String digits = m.group(1);
                int value = Integer.parseInt(digits);
                int year = digits.length() == 4 ? value : value < 70 ? 2000 + value : 1900 + value;
                addYear(year, m.start(), m.end());
                masked.set(m.start(), m.end());
            }
        }
    }

    private void scanNumbers() {
        Matcher m = NUMBER.matcher(text);
        int consumed = 0;
        int from = 0;
        // A number starts a run of digits: its look-behind refuses a digit before it.
        while (Starts.find(m, text, from, i -> Starts.startsDigits(text, i))) {
            from = m.end();
            int start = m.start();
            if (start < consumed || masked.get(start)) {
                continue;
            }
            consumed = read(m.start(), m.end(), m.group());
        }
    }

    /** Where a phone number can start: {@code +}, {@code (} or a run of digits (its look-behind refuses a digit). */
    private boolean mayStartPhone(int i) {
        char c = text.charAt(i);
        return c == '+' || c == '(' || Starts.startsDigits(text, i);
    }

    /** Reads the figure whose number is {@code [numStart, numEnd)}; returns where the text it used ends. */
    private int read(int numStart, int numEnd, String number) {
        char before = numStart > 0 ? text.charAt(numStart - 1) : ' ';
        if (isDash(before) && numStart >= 2 && Character.isDigit(text.charAt(numStart - 2))) {
            return numEnd; // the second half of a chain such as a code or a date
        }
        if (chainedAfter(numEnd)) {
            return skipChain(numEnd);
        }
        if (isDash(before) && numStart >= 2 && Character.isLetter(text.charAt(numStart - 2)) && !isYear(number)) {
            return numEnd; // a name with a number, such as COVID-19; "mid-2024" is still a year
        }
        boolean negative = (before == '-' || before == '\u2212') && (numStart < 2
                || !Character.isLetterOrDigit(text.charAt(numStart - 2)));
        int signStart = negative ? numStart - 1 : numStart;
        String signLead = text.substring(Math.max(0, signStart - LOOK_BEHIND), signStart);
        if (mayEndWithIdentifier(signLead) && IDENTIFIER_BEFORE.matcher(signLead).find()) {
            return numEnd;
        }
        Matcher sign = CURRENCY_BEFORE.matcher(signLead);
        boolean signed = mayEndWithCurrency(signLead) && sign.find();
        String currency = signed ? code(sign.group("code") != null ? sign.group("code") : sign.group("sign")) : null;
        Unit unit = unitAfter(numEnd, currency != null, isYear(number));
        int start = currency == null ? signStart : signStart - (sign.end() - sign.start());
        if (currency == null) {
            currency = unit.currency;
        }
        if (unit.points || unit.glued) {
            return unit.end;
        }
        double low = parse(number) * (negative ? -1 : 1);
        int decimals = decimals(number);
        double high = low;
        int end = unit.end;
        Magnitude magnitude = unit.magnitude;
        boolean percent = unit.percent;
        Range range = rangeAfter(unit.end, currency, start, low);
        if (range != null) {
            high = range.value;
            decimals = Math.max(decimals, range.decimals);
            end = range.end;
            magnitude = unit.magnitude == Magnitude.ONE ? range.unit.magnitude : unit.magnitude;
            percent = percent || range.unit.percent;
            currency = currency != null ? currency : range.unit.currency;
        } else if (chainedDash(unit.end)) {
            return skipChain(unit.end);
        }
        FigureKind kind = currency != null ? FigureKind.MONEY : percent ? FigureKind.PERCENT : FigureKind.COUNT;
        if (kind == FigureKind.COUNT && range == null && magnitude == Magnitude.ONE && isYear(number)
                && !UNIT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()) {
            int yearEnd = end < text.length() && "EFAP".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
            addYear(Integer.parseInt(number), start, yearEnd);
            return yearEnd;
        }
        figures.add(new Figure(kind, low, high, currency == null ? "" : currency, magnitude, decimals, block, start,
                end, sentenceAt.apply(start)));
        return end;
    }

    /** What follows a number: a magnitude, a percent sign or a currency, and where that ends. */
    private record Unit(Magnitude magnitude, boolean percent, String currency, boolean points, boolean glued,
                        int end) {
    }

    private Unit unitAfter(int from, boolean money, boolean year) {
        String rest = text.substring(from, Math.min(text.length(), from + 24));
        if (POINTS.matcher(rest).find()) {
            return new Unit(Magnitude.ONE, false, null, true, false, from);
        }
        Matcher percent = PERCENT.matcher(rest);
        if (percent.find()) {
            return new Unit(Magnitude.ONE, true, null, false, false, from + percent.end());
        }
        Magnitude magnitude = Magnitude.ONE;
        int end = from;
        Matcher word = MAGNITUDE_WORD.matcher(rest);
        Matcher abbreviation = MAGNITUDE_MONEY.matcher(rest);
        boolean currencyAfter = CURRENCY_AFTER.matcher(rest).find();
        if (word.find()) {
            magnitude = magnitude(word.group("word"));
            end = from + word.end();
        } else if ((money || currencyAfter(rest, abbreviation)) && abbreviation.find()) {
            magnitude = magnitude(abbreviation.group("word"));
            end = from + abbreviation.end();
        }
        Matcher code = CURRENCY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24)));
        String currency = null;
        if (code.find()) {
            currency = code(code.group("code"));
            end += code.end();
        } else if (currencyAfter && magnitude == Magnitude.ONE) {
            Matcher direct = CURRENCY_AFTER.matcher(rest);
            direct.find();
            currency = code(direct.group("code"));
            end = from + direct.end();
        }
        boolean glued = end == from && from < text.length() && Character.isLetter(text.charAt(from))
                && !(year && isYearMark(from));
        return new Unit(magnitude, false, currency, false, glued, end);
    }

    /** Whether an abbreviation such as {@code M} is followed by a currency word, as in {@code 5 M USD}. */
    private static boolean currencyAfter(String rest, Matcher abbreviation) {
        if (!abbreviation.find()) {
            return false;
        }
        boolean found = CURRENCY_AFTER.matcher(rest.substring(abbreviation.end())).find();
        abbreviation.reset();
        return found;
    }

    private boolean isYearMark(int at) {
        return "EFAP".indexOf(text.charAt(at)) >= 0
                && (at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
    }

    /** The second number of a range such as {@code 5-7%}, {@code USD 3-4 billion} or {@code between 5% and 7%}. */
    private record Range(double value, int decimals, Unit unit, int end) {
    }

    private Range rangeAfter(int from, String currency, int figureStart, double first) {
        // The joins are anchored at the number's end: matched in a region of the text rather than on a copy of
        // the rest of the block, which made every figure cost as much as the text after it.
        Matcher join = RANGE_JOIN.matcher(text).region(from, text.length());
        String lead = text.substring(Math.max(0, figureStart - 12), figureStart);
        boolean between = BETWEEN_BEFORE.matcher(lead).find();
        boolean joined = join.lookingAt();
        if (!joined && between) {
            join = AND_JOIN.matcher(text).region(from, text.length());
            joined = join.lookingAt();
        }
        if (!joined || join.group().contains("to") && FROM_BEFORE.matcher(lead).find()) {
            return null;
        }
        int at = join.end();
        String second = text.substring(at, Math.min(text.length(), at + LOOK_BEHIND + 24));
        Matcher sign = SECOND_CURRENCY.matcher(second);
        if (sign.find()) {
            String written = code(sign.group().strip());
            if (currency != null && !currency.equals(written)) {
                return null;
            }
            at += sign.end();
        }
        Matcher number = SECOND_NUMBER.matcher(text.substring(at, Math.min(text.length(), at + 40)));
        if (!number.find() || masked.get(at)) {
            return null;
        }
        int numEnd = at + number.end();
        if (chainedAfter(numEnd)) {
            return null;
        }
        Unit unit = unitAfter(numEnd, currency != null, false);
        double value = parse(number.group());
        if (unit.glued || unit.points) {
            return null;
        }
        // Two bare numbers joined by a dash are a code or a score unless they rise and are not years.
        boolean yearLike = currency == null && !unit.percent && unit.magnitude == Magnitude.ONE
                && isYear(number.group());
        return value > first && !yearLike ? new Range(value, decimals(number.group()), unit, unit.end) : null;
    }

    /** Whether a number runs on into another through {@code /} or {@code :}, as dates, ratios and times do. */
    private boolean chainedAfter(int end) {
        return end + 1 < text.length() && (text.charAt(end) == '/' || text.charAt(end) == ':')
                && Character.isDigit(text.charAt(end + 1));
    }

    private boolean chainedDash(int end) {
        return end + 1 < text.length() && isDash(text.charAt(end)) && Character.isDigit(text.charAt(end + 1));
    }

    private int skipChain(int from) {
        int i = from;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || "/:.-".indexOf(text.charAt(i)) >= 0
                || isDash(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isDash(char c) {
        return c == '-' || c >= '\u2010' && c <= '\u2014' || c == '\u2212';
    }

    /**
     * Whether {@link #IDENTIFIER_BEFORE} can match the end of {@code lead}: its words and codes end with a letter or a
     * dot, followed only by spaces and one {@code #} or {@code :}; its other form needs a {@code #}. Most numbers
     * follow a space after a digit, a bracket or a sign, where the pattern need not be tried.
     */
    private static boolean mayEndWithIdentifier(String lead) {
        int i = lead.length();
        while (i > 0 && isTail(lead.charAt(i - 1))) {
            i--;
            if (lead.charAt(i) == '#') {
                return true;
            }
        }
        if (i == 0) {
            return false;
        }
        char last = lead.charAt(i - 1);
        return last >= 'a' && last <= 'z' || last >= 'A' && last <= 'Z' || last == '.';
    }

    /**
     * Whether {@link #CURRENCY_BEFORE} can match: the last character of each of its signs and codes is one of
     * {@link #CURRENCY_ENDS}, and at most a blank and a final line terminator ({@code $} matches before one) may
     * follow it, so one of them stands among the last four characters. Most numbers follow a word such as "of".
     */
    static boolean mayEndWithCurrency(String lead) {
        for (int i = Math.max(0, lead.length() - 4); i < lead.length(); i++) {
            if (CURRENCY_ENDS.indexOf(lead.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code \\s}, {@code #} or {@code :}: what may follow an identifier's word. */
    private static boolean isTail(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '#'
                || c == ':';
    }

    private static String code(String written) {
        String key = SPACES.matcher(written.toUpperCase(Locale.ROOT)).replaceAll(" ");
        if (key.startsWith("U.S.")) {
            return "USD";
        }
        return CODES.getOrDefault(key, key);
    }

    private static Magnitude magnitude(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("thousand") || w.equals("k")) {
            return Magnitude.THOUSAND;
        }
        if (w.startsWith("lakh")) {
            return Magnitude.LAKH;
        }
        if (w.startsWith("crore")) {
            return Magnitude.CRORE;
        }
        if (w.startsWith("m")) {
            return Magnitude.MILLION;
        }
        if (w.startsWith("b")) {
            return Magnitude.BILLION;
        }
        return Magnitude.TRILLION;
    }

    private static boolean isYear(String number) {
        if (number.length() != 4 || number.indexOf('.') >= 0 || number.indexOf(',') >= 0) {
            return false;
        }
        return YearRange.isPlausible(Integer.parseInt(number));
    }

    private static double parse(String number) {
        return Double.parseDouble(number.replace(",", ""));
    }

    private static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    private void addYear(int year, int start, int end) {
        Matcher word = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 16), start));
        String wordBefore = word.find() ? word.group(1).toLowerCase(Locale.ROOT) : "";
        years.add(new Year(year, block, start, end, sentenceAt.apply(start), wordBefore));
    }
}
