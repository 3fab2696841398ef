package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the CAGR statements of one text block: the words {@code CAGR} or {@code compound annual growth rate} and the
 * percentage they govern, either after them ({@code a CAGR of around 7%}, {@code CAGR (2024-2030): 6.2%}) or just
 * before ({@code 14.6% CAGR}).
 *
 * <p>Only a few words may stand between the two, from a short list ({@code of}, {@code is expected to be}, {@code
 * around}, {@code during the forecast period}...), so that a percentage that belongs to something else in the same
 * sentence is not taken for the rate. A sentence with no such percentage has no statement.
 */
final class CagrScanner {
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:CAGRs?|compound(?:ed)?\\s+annual(?:\\s+growth)?"
            + "\\s+rates?(?:\\s*\\(\\s*CAGR\\s*\\))?)(?![\\p{L}])");
    /** Words that may stand between the CAGR words and a rate after them. */
    private static final Pattern BRIDGE_AFTER = Pattern.compile("(?i)^(?:[\\s:,()\\[\\]~\u2248\u2010-\u2014\u2212-]|\\b(?:of|at|a|an|the"
            + "|is|was|will|would|could|should|may|be|been|being|to|expected|projected|estimated|anticipated"
            + "|forecasted|forecast|predicted|likely|set|register|registering|grow|growing|with|stand|standing"
            + "|reach|reaching|around|about|approximately|approx\\.?|roughly|nearly|almost|close|more|than|above"
            + "|over|exceeding|excess|in|under|less|below|up|least|most|between|during|period|from|through|till"
            + "|until|next|years?|and|for|healthy|robust|strong|steady|impressive|significant|moderate|notable"
            + "|substantial|stable|remarkable|rates?|value|as|high|low|terms|revenue|circa|c\\.|est\\.?)\\b"
            + "|\\d{4}|FY\\d{2,4})*$");
    /** Words that may stand between a rate and the CAGR words after it. */
    private static final Pattern BRIDGE_BEFORE = Pattern.compile("(?i)^(?:[\\s()]|\\b(?:a|an|the|of|over|estimated"
            + "|projected|expected|healthy|robust|strong|steady|annual|compounded)\\b)*$");
    /** Words in a statement's clause that make it a rate of volume rather than value. */
    private static final Pattern VOLUME = Pattern.compile("(?i)\\b(?:volumes?|unit\\s+(?:sales|shipments)|shipments"
            + "|tonnage|tons|tonnes|kilotons|units)\\b");
    /** Words in a statement's clause that make it a rate of prices. */
    private static final Pattern PRICE = Pattern.compile("(?i)\\b(?:prices?|pricing|ASPs?|costs?|tariffs?)\\b");
    /** Words before a rate in its clause that make it a rate of decline. */
    private static final Pattern DECLINE = Pattern.compile("(?i)\\b(?:declin\\w*|decreas\\w*|contract(?:s|ed|ing|ion)"
            + "|shrink\\w*|shrank|fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|negative)\\b");
    private static final int AFTER_WINDOW = 80;
    private static final int BEFORE_WINDOW = 30;

    private final TextBlock block;
    private final List<Sentence> sentences;
    private final List<Figure> figures;
    private final List<Year> years;
    private final List<YearRange> ranges;
    private final Subjects subjects;
    private final java.util.Map<Sentence, List<DatedValue>> dated = new java.util.HashMap<>();

    private CagrScanner(TextBlock block, List<Sentence> sentences, List<Figure> figures, List<Year> years,
                        List<YearRange> ranges, Subjects subjects) {
        this.block = block;
        this.sentences = sentences;
        this.figures = figures;
        this.years = years;
        this.ranges = ranges;
        this.subjects = subjects;
    }

    static List<CagrStatement> scan(TextBlock block, List<Sentence> sentences, List<Figure> figures, List<Year> years, List<YearRange> ranges,
                                    Subjects subjects) {
        String text = block.text();
        // The cue opens with a "c" ("CAGR", "compound"): the pattern is tried only there.
        if (figures.isEmpty() || !Starts.find(CUE.matcher(text), text, 0,
                i -> text.charAt(i) == 'c' || text.charAt(i) == 'C')) {
            return List.of();
        }
        return new CagrScanner(block, sentences, figures, years, ranges, subjects).scan();
    }

    private List<CagrStatement> scan() {
        String text = block.text();
        List<CagrStatement> found = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            // The sentence alone, as a region with opaque bounds reads it, so the cue is tried only at a "c".
            String written = text.substring(sentence.start(), sentence.end());
            Matcher cue = CUE.matcher(written);
            List<Figure> used = new ArrayList<>();
            List<int[]> statements = new ArrayList<>();
            int from = 0;
            while (Starts.find(cue, written, from, i -> written.charAt(i) == 'c' || written.charAt(i) == 'C')) {
                from = cue.end();
                int cueStart = sentence.start() + cue.start();
                int cueEnd = sentence.start() + cue.end();
                Figure rate = rateFor(sentence, cueStart, cueEnd, used);
                if (rate != null) {
                    used.add(rate);
                    statements.add(new int[] {Math.min(cueStart, rate.start()), Math.max(cueEnd, rate.end())});
                }
            }
            for (int i = 0; i < used.size(); i++) {
                found.add(statement(s, sentence, used.get(i), statements, i));
            }
        }
        return found;
    }

    /** The percentage a cue governs, after it or else just before it; null if none. */
    private Figure rateFor(Sentence sentence, int cueStart, int cueEnd, List<Figure> used) {
        String text = block.text();
        for (Figure f : figures) {
            if (f.kind() == FigureKind.PERCENT && f.start() >= cueEnd && f.start() <= cueEnd + AFTER_WINDOW
                    && f.end() <= sentence.end() && !used.contains(f)) {
                if (BRIDGE_AFTER.matcher(text.substring(cueEnd, f.start())).matches()) {
                    return f;
                }
                break; // the nearest percentage after the cue is the only candidate there
            }
        }
        Figure before = null;
        for (Figure f : figures) {
            if (f.kind() == FigureKind.PERCENT && f.end() <= cueStart && f.end() >= cueStart - BEFORE_WINDOW
                    && f.start() >= sentence.start() && !used.contains(f)) {
                before = f;
            }
        }
        if (before != null && BRIDGE_BEFORE.matcher(text.substring(before.end(), cueStart)).matches()) {
            return before;
        }
        return null;
    }

    private CagrStatement statement(int index, Sentence sentence, Figure rate, List<int[]> spans, int which) {
        int start = spans.get(which)[0];
        int end = spans.get(which)[1];
        int from = which == 0 ? sentence.start() : spans.get(which - 1)[1];
        int until = which + 1 < spans.size() ? spans.get(which + 1)[0] : sentence.end();
        Optional<YearRange> period = period(start, end, from, until);
        StatementKind kind = kind(sentence, rate, period);
        List<DatedValue> values = datedValues(sentence);
        List<DatedValue> nearby = new ArrayList<>();
        if (index > 0) {
            nearby.addAll(datedValues(sentences.get(index - 1)));
        }
        if (index + 1 < sentences.size()) {
            nearby.addAll(datedValues(sentences.get(index + 1)));
        }
        String clause = block.text().substring(from, until);
        CagrStatement.Measure measure = PRICE.matcher(clause).find() ? CagrStatement.Measure.PRICE
                : VOLUME.matcher(clause).find() ? CagrStatement.Measure.VOLUME : CagrStatement.Measure.VALUE;
        boolean declining = DECLINE.matcher(block.text().substring(from, Math.max(from, rate.start()))).find();
        return new CagrStatement(sentence, start, end, rate, qualifier(rate, start), period, kind,
                List.copyOf(values), List.copyOf(nearby), subjects.at(block, start), measure, declining);
    }

    /** The year range nearest the statement within its share of the sentence. */
    private Optional<YearRange> period(int start, int end, int from, int until) {
        YearRange nearest = null;
        int distance = Integer.MAX_VALUE;
        for (YearRange range : ranges) {
            if (range.textStart() < from || range.textEnd() > until) {
                continue;
            }
            int d = range.textStart() >= end ? range.textStart() - end : Math.max(0, start - range.textEnd());
            if (d < distance) {
                distance = d;
                nearest = range;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private StatementKind kind(Sentence sentence, Figure rate, Optional<YearRange> period) {
        if (period.isPresent() && period.get().kind() == StatementKind.HISTORICAL) {
            return StatementKind.HISTORICAL;
        }
        boolean heading = block.kind() == BlockKind.TITLE || block.kind() == BlockKind.HEADING;
        StatementKind kind = StatementClassifier.classify(block.text(), rate.start(), rate.end(),
                sentence.start(), sentence.end(), heading, "");
        return kind == StatementKind.HISTORICAL ? StatementKind.HISTORICAL : StatementKind.FORECAST;
    }

    private RateQualifier qualifier(Figure rate, int statementStart) {
        return rate.isRange() ? RateQualifier.RANGE : Qualifiers.before(block.text(), statementStart, rate.start());
    }

    /** The dated values of a sentence; a statement reads its neighbours' too, so each is read once. */
    private List<DatedValue> datedValues(Sentence sentence) {
        return dated.computeIfAbsent(sentence, s -> DatedValues.of(block.text(), s, figures, years));
    }
}
