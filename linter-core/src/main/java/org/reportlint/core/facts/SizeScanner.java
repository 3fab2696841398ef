package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the market sizes of one text block: amounts with a year that a sizing word governs.
 *
 * <p>An amount counts only when a sizing word ({@code valued at}, {@code worth}, {@code size}, {@code reach}, {@code
 * estimated at}, {@code stood at}...) stands before it in its own stretch of the sentence, or it is the other end of a
 * sized amount ({@code reach USD 9 billion by 2030 from USD 4 billion in 2023}), and the sentence is about a market
 * ({@code market} or {@code industry} is in it). Revenue of a company, an investment or a funding round is not a
 * market size and is left out by those two conditions. In a table, a cell's amount takes its year and sizing word
 * from the cells before it in its row.
 */
final class SizeScanner {
    private static final Pattern SIZING = Pattern.compile("(?i)\\b(?:valued|valuation|value|worth|size[ds]?|sizing"
            + "|reach(?:es|ed|ing)?|estimated\\s+(?:at|to\\s+be)|stood\\s+at|stands?\\s+at|standing\\s+at"
            + "|amount(?:s|ed|ing)?\\s+to|total(?:s|led|ed|ling|ing)?|hit(?:s|ting)?|surpass(?:es|ed|ing)?"
            + "|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)?|(?:grow|grew|grown|growing|rise|rising|rose|climb\\w*"
            + "|increas\\w*|expand\\w*)\\s+to|(?:projected|forecast|expected)\\s+(?:at|to\\s+be))\\b");
    /** Row labels of a report-scope table that say the row is a size: "Market size value in 2024". */
    private static final Pattern ROW_SIZING = Pattern.compile("(?i)\\b(?:size|value|valuation|revenues?|worth"
            + "|forecast)\\b");
    private static final Pattern MARKET = Pattern.compile("(?i)\\b(?:markets?|industry|industries|sector)\\b");
    /** What joins the other end of a sized amount to it: "from", "to", "up from". */
    private static final Pattern OTHER_END = Pattern.compile("(?i)\\b(?:from|to)\\s*$");
    /** Words before an amount that make it a projection: "is expected to reach", "will be worth". */
    private static final Pattern PROJECTION = Pattern.compile("(?i)\\b(?:expect(?:s|ed|ing)?|project(?:s|ed|ing|ions?)?"
            + "|forecast(?:s|ed|ing)?|anticipat\\w*|predict\\w*|poised|set\\s+to|likely|will|would|could|should"
            + "|on\\s+track\\s+to|estimated\\s+to\\s+(?:reach|grow|rise|hit|surpass|exceed|expand|climb))\\b");
    /** What makes an amount the start of a growth, a value already reached: "grow from", "up from". */
    private static final Pattern BASE = Pattern.compile("(?i)\\bfrom(?:\\s+(?:about|around|approximately|nearly"
            + "|over|more\\s+than|an\\s+estimated))?\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])(19|20)\\d{2}(?![\\p{N}])");

    private SizeScanner() {
    }

    static List<MarketSize> scan(TextBlock block, List<Sentence> sentences, List<Figure> figures, List<Year> years,
                                 Subjects subjects) {
        if (figures.stream().noneMatch(f -> f.kind() == FigureKind.MONEY)) {
            return List.of();
        }
        String row = YearRangeExtractor.rowContext(block);
        if (!row.isEmpty()) {
            return fromRow(block, row, figures, subjects);
        }
        String text = block.text();
        List<MarketSize> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!MARKET.matcher(text).region(sentence.start(), sentence.end()).find()) {
                continue;
            }
            List<DatedValue> dated = DatedValues.of(text, sentence, figures, years);
            int stretchStart = sentence.start();
            boolean previousSized = false;
            for (DatedValue d : dated) {
                Figure value = d.value();
                String stretch = text.substring(stretchStart, value.start());
                boolean sized = SIZING.matcher(stretch).find()
                        || previousSized && OTHER_END.matcher(stretch).find();
                if (sized && !value.isRange()) {
                    boolean projected = !BASE.matcher(stretch).find()
                            && PROJECTION.matcher(text).region(sentence.start(), value.start()).find();
                    found.add(new MarketSize(value, d.year().year(),
                            Qualifiers.before(text, stretchStart, value.start()), subjects.at(block, value.start()),
                            projected));
                }
                previousSized = sized;
                stretchStart = Math.max(value.end(), d.year().end());
            }
        }
        return found;
    }

    /** A table cell's amounts, sized and dated by the label cells before it in its row. */
    private static List<MarketSize> fromRow(TextBlock block, String row, List<Figure> figures, Subjects subjects) {
        Matcher year = YEAR.matcher(row);
        if (!ROW_SIZING.matcher(row).find() || !year.find()) {
            return List.of();
        }
        int stated = Integer.parseInt(year.group());
        boolean projected = PROJECTION.matcher(row).find();
        if (year.find()) {
            return List.of(); // two years in the labels: which one the amount is for is a guess
        }
        List<MarketSize> found = new ArrayList<>();
        for (Figure value : figures) {
            if (value.kind() == FigureKind.MONEY && !value.isRange()) {
                found.add(new MarketSize(value, stated, Qualifiers.before(block.text(), 0, value.start()),
                        subjects.at(block, value.start()), projected));
            }
        }
        return found;
    }
}
