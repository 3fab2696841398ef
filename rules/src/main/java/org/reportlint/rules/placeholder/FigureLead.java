package org.reportlint.rules.placeholder;

import java.util.regex.Pattern;

/**
 * Whether the words before a position lead up to a figure ({@code about}, {@code of}, {@code reached}) rather than a
 * rating ({@code rated}, {@code stars}): a run of asterisks is a blanked-out figure after the first, and a star
 * rating after the second.
 */
final class FigureLead {
    /** The word just before: an approximation, a preposition that takes an amount, or a verb that states one. */
    private static final Pattern LEAD = Pattern.compile(
            "\\b(?i:about|around|approximately|approx\\.|roughly|nearly|almost|over|under|some|only|just|at|of|to|by"
                    + "|from|reach|reached|reaching|totall?ed|totall?ing|amounted|amounting|stood|exceeded|surpassed)"
                    + "\\s$");
    /** Words that make a run of stars a rating wherever it stands. */
    private static final Pattern RATING = Pattern.compile(
            "(?i)\\b(?:rated|rating|ratings|rate|stars?|reviews?|reviewed|scored?|scores)\\b");
    private static final int LOOK_BACK = 40;

    private FigureLead() {
    }

    /** Whether the text before {@code index} leads to a figure and says nothing of a rating. */
    static boolean before(String text, int index) {
        String before = text.substring(Math.max(0, index - LOOK_BACK), index);
        return LEAD.matcher(before).find() && !RATING.matcher(before).find() && !ratingAfter(text, index);
    }

    /** Whether a rating word follows closely, as in "about ***** stars". */
    private static boolean ratingAfter(String text, int index) {
        return RATING.matcher(text.substring(index, Math.min(text.length(), index + LOOK_BACK))).find();
    }
}
