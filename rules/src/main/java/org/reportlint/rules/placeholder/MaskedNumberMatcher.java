package org.reportlint.rules.placeholder;

import static org.reportlint.rules.placeholder.NumberWords.BRACKET_MASK;
import static org.reportlint.rules.placeholder.NumberWords.CURRENCY;
import static org.reportlint.rules.placeholder.NumberWords.LETTER_MASK;
import static org.reportlint.rules.placeholder.NumberWords.MAGNITUDE;
import static org.reportlint.rules.placeholder.NumberWords.N_MASK;
import static org.reportlint.rules.placeholder.NumberWords.PERCENT;
import static org.reportlint.rules.placeholder.NumberWords.STAR_MASK;
import static org.reportlint.rules.placeholder.NumberWords.SYMBOL_MASK;
import static org.reportlint.rules.placeholder.NumberWords.UNIT;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures masked with letters, asterisks or other symbols next to a currency, percent, unit or magnitude:
 * {@code $xxx million}, {@code USD XX}, {@code XX.X%}, {@code x% CAGR}, {@code ***** million}, {@code $__},
 * {@code $###}, {@code ??%}, {@code [●] million}, {@code N%}, {@code 20XX}.
 *
 * <p>A mask alone is not flagged: {@code Super Bowl XX}, {@code XXL}, {@code x86} and a star rating
 * ({@code rated *****}) carry no figure context, so only the words beside a mask tell a placeholder from a Roman
 * numeral, a product name or a rating. A single letter before a bare count unit ({@code former X users},
 * {@code Gen-X users}) is ambiguous and not flagged, nor is {@code XX} or {@code XXX} before one after a name
 * ({@code Super Bowl XX units}); with a percent sign or magnitude they are.
 */
final class MaskedNumberMatcher implements PlaceholderMatcher {
    /** A mask that needs a magnitude or unit after a currency: one letter or star is as often a variable. */
    private static final String WEAK_MASK = "(?:" + LETTER_MASK + "|" + STAR_MASK + "|" + N_MASK + ")";
    /**
     * A mask that is one on its own after a currency: two or more letters ({@code XX}, {@code X.X}), three or more
     * asterisks, a run of blanks, hashes or question marks, or a bracketed bullet.
     */
    private static final String CLEAR_MASK = "(?:[xX]{2,6}(?:[.,][xX]{1,4})*|[xX](?:[.,][xX]{1,4})+"
            + "|\\*{3,12}(?:[.,]\\*{1,4})?|" + SYMBOL_MASK + "|" + BRACKET_MASK + ")";
    private static final String MASK_END = "(?![\\w*#?])";
    private static final String MAGNITUDE_OR_UNIT = "(?:\\s?" + MAGNITUDE + "\\b|\\s?[MBK]\\b)(?:\\s+" + UNIT + ")?"
            + "|\\s+" + UNIT;

    private static final Pattern CURRENCY_THEN_MASK = Pattern.compile(
            CURRENCY + "(?:" + CLEAR_MASK + MASK_END + "(?:" + MAGNITUDE_OR_UNIT + ")?"
                    + "|" + WEAK_MASK + MASK_END + "(?:" + MAGNITUDE_OR_UNIT + "))");
    /** Not after a letter and hyphen either: {@code Gen-X} is a name. */
    private static final Pattern LETTERS_THEN_UNIT = Pattern.compile(
            "(?<![\\w$\u20AC\u00A3\u00A5\u20B9.,*])(?<!\\p{L}[-\u2010\u2011])(" + LETTER_MASK + ")"
                    + "(?:\\s?(" + PERCENT + ")|\\s(" + MAGNITUDE + ")\\b(?:\\s+" + UNIT + ")?|\\s" + UNIT + ")");
    /** Blanks, hashes, question marks, a bracketed bullet or {@code N} before a percent sign or magnitude. */
    private static final Pattern SYMBOLS_THEN_UNIT = Pattern.compile(
            "(?<![\\w$\u20AC\u00A3\u00A5\u20B9.,*#?\\[])(?:(?:" + SYMBOL_MASK + "|" + BRACKET_MASK + ")"
                    + "(?:\\s?" + PERCENT + "|\\s" + MAGNITUDE + "\\b(?:\\s+" + UNIT + ")?)"
                    + "|" + N_MASK + "\\s?%)(?![\\w%])");
    /** Stars before a percent sign need two or more: {@code *%} and {@code * %} are tags and globs. */
    private static final Pattern STARS_THEN_UNIT = Pattern.compile(
            "(?<![\\w*])(?:\\*{2,12}(?:[.,]\\*{1,4})?\\s?%(?![\\w*:])"
                    + "|" + STAR_MASK + "\\s(?:percent\\b|per\\s?cent\\b|" + MAGNITUDE + "\\b(?:\\s+" + UNIT + ")?))");
    /** A run of asterisks between two words of a sentence; a share was blanked out only after a figure's lead. */
    private static final Pattern STARS_IN_SENTENCE = Pattern.compile("(?<=[\\p{L}\\d,] )\\*{3,}(?= [\\p{L}\\d])");
    private static final Pattern MASKED_YEAR = Pattern.compile(
            "(?<![\\w])(?:FY\\s?)?(?:(?:19|20)(?:[xX]{2}|__|##|\\?\\?)|20\\d[xX])(?![\\w#?])");
    private static final Pattern CAGR_THEN_MASK = Pattern.compile(
            "\\bCAGR\\s+(?:of\\s+)?(?:(?:about|around|approximately|nearly|over)\\s+)?(" + LETTER_MASK + "|"
                    + STAR_MASK + "|" + SYMBOL_MASK + "|" + BRACKET_MASK + ")(?![\\w*#?])");
    private static final Pattern ROMAN_X = Pattern.compile("X{1,3}");
    /** A capitalised word before a single letter makes it part of a name: {@code Model X units}, {@code OS X}. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d]*\\s$");
    /** The characters {@link #mayHoldMask(String)} looks for: without one of them no pattern here can match. */
    private static final char[] MASK_CHARACTERS = {'*', '_', '#', '?', '[', '\u25CF', '\u2022', 'x', 'X', 'N'};

    private final Searcher searcher;

    MaskedNumberMatcher() {
        this(Searcher.ANCHORED);
    }

    MaskedNumberMatcher(Searcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        if (!mayHoldMask(sketch)) {
            return;
        }
        MaskStarts starts = new MaskStarts(sketch);
        addAll(searcher.find(CURRENCY_THEN_MASK, text, Anchors.currencies(sketch)), text, out);
        findLetterMasks(searcher.find(LETTERS_THEN_UNIT, text, starts.letters), text, out);
        AnchoredFind symbols = searcher.find(SYMBOLS_THEN_UNIT, text, starts.symbols);
        while (symbols.find()) {
            Matcher found = symbols.matcher();
            // "## million" at the start of a line is a Markdown heading shown as text, not a mask.
            if (text.charAt(found.start()) != '#' || !startsLine(text, found.start())) {
                add(text, found.start(), found.end(), out);
            }
        }
        AnchoredFind stars = searcher.find(STARS_THEN_UNIT, text, starts.stars);
        while (stars.find()) {
            if (!startsLine(text, stars.matcher().start())) {
                add(text, stars.matcher().start(), stars.matcher().end(), out);
            }
        }
        AnchoredFind starsInSentence = searcher.find(STARS_IN_SENTENCE, text, starts.stars);
        while (starsInSentence.find()) {
            Matcher found = starsInSentence.matcher();
            if (FigureLead.before(text, found.start())) {
                add(text, found.start(), found.end(), out);
            }
        }
        addAll(searcher.find(MASKED_YEAR, text, starts.years), text, out);
        AnchoredFind cagr = searcher.find(CAGR_THEN_MASK, text, Anchors.occurrences(text, List.of("CAGR")));
        while (cagr.find()) {
            add(text, cagr.matcher().start(1), cagr.matcher().end(1), out);
        }
    }

    /**
     * Where each pattern can start, from one pass over the text. The look-behinds of the letter and symbol patterns
     * exclude a start after a {@code \w} character, and of the star patterns a start after a star; a masked year
     * starts at its century digits or at an {@code FY} two or three characters before them.
     */
    private static final class MaskStarts {
        private static final char[] LETTERS = {'x', 'X'};
        private static final char[] SYMBOLS = {'_', '#', '?', '[', 'N'};
        private static final List<String> CENTURIES = List.of("19", "20");

        final Starts letters;
        final Starts symbols;
        final Starts stars;
        final Starts years;

        MaskStarts(TextSketch sketch) {
            String text = sketch.text();
            int length = text.length();
            letters = new Starts(length);
            symbols = new Starts(length);
            stars = new Starts(length);
            years = new Starts(length);
            // One indexOf per character is far quicker than a switch on every character of a long block.
            for (char c : LETTERS) {
                if (!sketch.mayHold(c)) {
                    continue;
                }
                for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                    if (Anchors.afterNonWord(text, i)) {
                        letters.add(i);
                    }
                }
            }
            for (char c : SYMBOLS) {
                if (!sketch.mayHold(c)) {
                    continue;
                }
                for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                    if (Anchors.afterNonWord(text, i) && maySymbolMask(text, i)) {
                        symbols.add(i);
                    }
                }
            }
            for (int i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) {
                if (i == 0 || text.charAt(i - 1) != '*') {
                    stars.add(i);
                }
            }
            for (String century : CENTURIES) {
                for (int i = text.indexOf(century); i >= 0; i = text.indexOf(century, i + 1)) {
                    if (isMaskedYear(text, i)) {
                        years.addRange(i - 3, i + 1);
                    }
                }
            }
        }

        /**
         * Whether the character after {@code i} lets a symbol mask go on: blanks, hashes and question marks come two
         * or more ({@code __}), {@code N} is followed by another, a separator, a space or {@code %}, and a bracket
         * holds a space, bullet or blank.
         */
        private static boolean maySymbolMask(String text, int i) {
            if (i + 1 >= text.length()) {
                return false;
            }
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            return switch (c) {
                case 'N' -> next == 'N' || next == '.' || next == ',' || next == '%' || Anchors.isRegexSpace(next);
                case '[' -> true;
                default -> next == c;
            };
        }

        /** Whether {@code 19xx}, {@code 20__}, {@code 202X} and the like start at {@code i}: what MASKED_YEAR needs. */
        private static boolean isMaskedYear(String text, int i) {
            if (i + 2 >= text.length() || !(text.startsWith("19", i) || text.startsWith("20", i))) {
                return false;
            }
            char third = text.charAt(i + 2);
            if (third == 'x' || third == 'X' || third == '_' || third == '#' || third == '?') {
                return true;
            }
            return text.charAt(i) == '2' && third >= '0' && third <= '9' && i + 3 < text.length()
                    && (text.charAt(i + 3) == 'x' || text.charAt(i + 3) == 'X');
        }
    }

    /**
     * A single letter counts only before a percent sign, or before a magnitude when no capitalised word makes it
     * part of a name; two or more letters count before any unit.
     */
    private static void findLetterMasks(AnchoredFind search, String text, List<TextMatch> out) {
        while (search.find()) {
            Matcher letters = search.matcher();
            boolean singleLetter = letters.group(1).length() == 1;
            boolean percent = letters.group(2) != null;
            boolean magnitude = letters.group(3) != null;
            if (singleLetter && !percent && (!magnitude || follows(NAME_BEFORE, text, letters.start()))) {
                continue;
            }
            // After a name, XX or XXX before a bare count is a Roman numeral: "Super Bowl XX units".
            if (!percent && !magnitude && ROMAN_X.matcher(letters.group(1)).matches()
                    && follows(NAME_BEFORE, text, letters.start())) {
                continue;
            }
            add(text, letters.start(), letters.end(), out);
        }
    }

    /**
     * Whether the text has a character a mask is made of, not continuing a word; most blocks have none, and this
     * loop is far cheaper than running every pattern over them.
     */
    static boolean mayHoldMask(TextSketch sketch) {
        for (char c : MASK_CHARACTERS) {
            if (sketch.mayHold(c)) {
                return mayHoldMask(sketch.text());
            }
        }
        return false;
    }

    /** {@link #mayHoldMask(TextSketch)} by a scan of every character. */
    static boolean mayHoldMask(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '#' || c == '?' || c == '[' || c == '\u25CF' || c == '\u2022') {
                return true;
            }
            // Whether a letter starts a word is asked only of the letters a mask is made of.
            if ((c == 'x' || c == 'X' || c == 'N') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(AnchoredFind search, String text, List<TextMatch> out) {
        while (search.find()) {
            add(text, search.matcher().start(), search.matcher().end(), out);
        }
    }

    private static void add(String text, int start, int end, List<TextMatch> out) {
        out.add(new TextMatch(start, end, "Placeholder \"" + TextMatch.quote(text, start, end) + "\" left in text"));
    }

    /** Whether only spaces precede {@code index} on its line, as for a Markdown bullet {@code * item}. */
    private static boolean startsLine(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean follows(Pattern pattern, String text, int index) {
        return pattern.matcher(text.substring(Math.max(0, index - 40), index)).find();
    }
}
