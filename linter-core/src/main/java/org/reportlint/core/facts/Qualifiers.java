package org.reportlint.core.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the words that qualify a figure just before it: {@code around 5%}, {@code over USD 2 billion}. */
final class Qualifiers {
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?<about>\\b(?:around|about|approximately|approx\\.?"
            + "|roughly|circa|c\\.|an?\\s+estimated|estimated|some)|~|\u2248)"
            + "|(?<nearly>\\b(?:nearly|almost|close\\s+to|just\\s+(?:under|below)))"
            + "|(?<atLeast>\\bat\\s+least)|(?<upTo>\\b(?:up\\s+to|at\\s+most|as\\s+much\\s+as))"
            + "|(?<over>\\b(?:over|more\\s+than|above|exceeding|in\\s+excess\\s+of|greater\\s+than|upwards\\s+of"
            + "|north\\s+of|exceed(?:s|ed)?|surpass(?:es|ed|ing)?))|(?<under>\\b(?:under|less\\s+than|below))");
    /** What may stand between a qualifier and its figure: "around of", "over a". */
    private static final Pattern OF_ONLY = Pattern.compile("\\s*(?:(?:of|a|an)\\s*)?");
    /** How far before a figure its qualifier may start. */
    private static final int LOOK_BEHIND = 24;

    private Qualifiers() {
    }

    /** How the figure starting at {@code figureStart} of {@code text} is qualified, reading no further back than
     * {@code from}. */
    static RateQualifier before(String text, int from, int figureStart) {
        String lead = text.substring(Math.max(from, figureStart - LOOK_BEHIND), figureStart).toLowerCase(Locale.ROOT);
        Matcher m = QUALIFIER.matcher(lead);
        RateQualifier qualifier = RateQualifier.NONE;
        while (m.find()) {
            qualifier = m.group("about") != null ? RateQualifier.ABOUT
                    : m.group("nearly") != null ? RateQualifier.NEARLY
                    : m.group("atLeast") != null ? RateQualifier.AT_LEAST
                    : m.group("upTo") != null ? RateQualifier.UP_TO
                    : m.group("over") != null ? RateQualifier.OVER : RateQualifier.UNDER;
            if (!OF_ONLY.matcher(lead.substring(m.end())).matches()) {
                qualifier = RateQualifier.NONE; // a qualifier of something before the figure, not of the figure
            }
        }
        return qualifier;
    }
}
