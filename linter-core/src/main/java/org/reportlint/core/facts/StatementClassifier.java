package org.reportlint.core.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a year range is a period of from the words of its own clause: {@code CAGR of 14.6% from 2024 to
 * 2030} is a forecast, {@code 2013-2023 historical data} is history, {@code Study Period | 2017 - 2030} is the
 * study's span.
 *
 * <p>A cue counts when it comes shortly before the range in the same clause (a comma ends the clause unless the cue
 * directly precedes the range, as in {@code forecast period, 2022-2031}); the nearest cue wins. A few cues may also
 * follow the range directly: {@code historical}, {@code actual}, {@code forecast period}. Headings are short, so any
 * cue in a heading counts. A table cell without a cue takes one from the cells before it in its row.
 */
final class StatementClassifier {
    /** How far before a range a cue may start, in characters. */
    static final int LOOK_BEHIND = 60;
    private static final int LOOK_AHEAD = 30;

    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
            + "(?<forecast>(?:forecast\\w*|project(?:ed|ions?|ing))(?:\\s+(?:data\\s+)?(?:period|horizon|window))?"
            + "|predict\\w*|outlook|expected|anticipated|during\\s+the\\s+period"
            + "|(?:grow|grows|growing|expand|expands|expanding|rise|rises|rising)\\s+at)"
            + "|(?<rate>cagr|compound\\s+annual\\s+growth\\s+rate)"
            + "|(?<study>(?:estimates?|historical|historic|actuals?)\\s+(?:and|&|\\+)\\s+forecasts?"
            + "|study\\s+period|report\\s+timeline|timeline|period\\s+covered|years\\s+considered)"
            + "|(?<historical>historical|historic|history|base\\s+years?|past|actual"
            + "|grew|recorded|registered|witnessed|posted|rose|fell|declined|increased|decreased|ha[sd]\\s+grown)"
            + ")\\b");
    private static final Pattern FORECAST_AFTER = Pattern.compile(
            "(?i)^[\\s,]*(?:forecast|projection)s?\\s+(?:period|horizon|window)\\b");
    private static final Pattern HISTORICAL_AFTER = Pattern.compile(
            "(?i)^[\\s(\\[,]*(?:historical|historic|history|actuals?)\\b");
    private static final Pattern STUDY_AFTER = Pattern.compile("(?i)^[\\s(\\[,]*study\\s+period\\b");
    /** What may stand between a past-tense verb and the rate it governs: "grew at a", "registered an average". */
    private static final Pattern VERB_TO_RATE = Pattern.compile("(?i)\\s+(?:(?:at|a|an|of|average|annual)\\s+){0,3}");
    /** What may stand between a cue and a range that directly follows it. */
    private static final Pattern ADJACENT_GAP = Pattern.compile("[\\s,:(\\[\\-\u2013\u2014]*");

    private StatementClassifier() {
    }

    /**
     * Classifies the range {@code [start, end)} of {@code text}.
     *
     * @param from where the range's clause may begin: its sentence start or the end of the range before it
     * @param until where text after the range stops counting: its sentence end or the start of the range after it
     * @param heading whether the whole text is a heading, where any cue counts
     * @param rowContext the text of the table cells before this one in its row, or empty
     */
    static StatementKind classify(String text, int start, int end, int from, int until, boolean heading,
                                  String rowContext) {
        String after = text.substring(end, Math.min(until, end + LOOK_AHEAD));
        if (HISTORICAL_AFTER.matcher(after).find()) {
            return StatementKind.HISTORICAL;
        }
        if (STUDY_AFTER.matcher(after).find()) {
            return StatementKind.STUDY_PERIOD;
        }
        if (FORECAST_AFTER.matcher(after).find()) {
            return StatementKind.FORECAST;
        }
        int windowStart = Math.max(from, start - LOOK_BEHIND);
        Optional<StatementKind> before = nearestCueBefore(text, windowStart, start);
        if (before.isPresent()) {
            return before.get();
        }
        if (heading) {
            Optional<StatementKind> anywhere = nearestCueAnywhere(text, start, end);
            if (anywhere.isPresent()) {
                return anywhere.get();
            }
        }
        if (!rowContext.isEmpty()) {
            return lastCue(rowContext).orElse(StatementKind.UNSPECIFIED);
        }
        return StatementKind.UNSPECIFIED;
    }

    private static Optional<StatementKind> nearestCueBefore(String text, int windowStart, int rangeStart) {
        Matcher cue = CUE.matcher(text).region(windowStart, rangeStart);
        Cue nearest = null;
        Cue tense = null;
        while (cue.find()) {
            Cue found = new Cue(kindOf(cue), cue.group("rate") != null, cue.start(), cue.end());
            if (nearest != null && !nearest.rate()) {
                tense = nearest;
            }
            nearest = found;
        }
        if (nearest == null) {
            return Optional.empty();
        }
        String gap = text.substring(nearest.end(), rangeStart);
        boolean sameClause = ADJACENT_GAP.matcher(gap).matches() || gap.indexOf(',') < 0 && gap.indexOf(';') < 0;
        if (!sameClause) {
            return Optional.empty();
        }
        if (nearest.rate()) {
            // A growth rate is a forecast unless a past-tense verb governs it: "grew at a CAGR of 4% from ...".
            boolean past = tense != null && tense.kind() == StatementKind.HISTORICAL
                    && VERB_TO_RATE.matcher(text.substring(tense.end(), nearest.start())).matches();
            return Optional.of(past ? StatementKind.HISTORICAL : StatementKind.FORECAST);
        }
        return Optional.of(nearest.kind());
    }

    private static Optional<StatementKind> nearestCueAnywhere(String text, int rangeStart, int rangeEnd) {
        Matcher cue = CUE.matcher(text);
        StatementKind nearest = null;
        int distance = Integer.MAX_VALUE;
        while (cue.find()) {
            int d = cue.end() <= rangeStart ? rangeStart - cue.end() : cue.start() - rangeEnd;
            if (d >= 0 && d < distance) {
                distance = d;
                nearest = kindOf(cue);
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static Optional<StatementKind> lastCue(String context) {
        Matcher cue = CUE.matcher(context);
        StatementKind last = null;
        while (cue.find()) {
            last = kindOf(cue);
        }
        return Optional.ofNullable(last);
    }

    private static StatementKind kindOf(Matcher cue) {
        if (cue.group("forecast") != null || cue.group("rate") != null) {
            return StatementKind.FORECAST;
        }
        return cue.group("study") != null ? StatementKind.STUDY_PERIOD : StatementKind.HISTORICAL;
    }

    /** One cue word found before a range; a rate (CAGR) takes its tense from the cue before it. */
    private record Cue(StatementKind kind, boolean rate, int start, int end) {
    }
}
