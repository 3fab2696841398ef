package org.reportlint.rules.sharesum;

import java.util.List;
import java.util.Locale;
import org.reportlint.core.facts.Figure;

/**
 * What the shares of a group add up to, how much more than 100% they may add up to and still be right, and the
 * message when they add up to more.
 *
 * <p>A range counts with its low end, so a sum is reported only when even the least the ranges allow is too much.
 * Printed shares are rounded: three printed as 33.4% may be 33.35% each, so the slack is the larger of the
 * tolerance and the most the printed rounding can add (half the last printed digit of each share).
 */
record ShareTotal(List<Part> parts, double sum, double slack, int decimals, boolean ranged) {

    static ShareTotal of(List<Part> parts, double tolerance) {
        double sum = 0;
        double rounding = 0;
        int decimals = 0;
        boolean ranged = false;
        for (Part part : parts) {
            Figure share = part.share();
            sum += share.low();
            rounding += share.lastDigit() / 2;
            decimals = Math.max(decimals, share.decimals());
            ranged |= share.isRange();
        }
        return new ShareTotal(parts, sum, Math.max(tolerance, rounding), decimals, ranged);
    }

    /** Whether the shares add up to more than 100% by more than the slack. */
    boolean exceeds() {
        // The shares are printed decimals; compare in hundredths of a point so 33.4 * 3 is not 100.19999.
        return Math.round(sum * 100) > Math.round((100 + slack) * 100);
    }

    String message() {
        StringBuilder terms = new StringBuilder();
        for (Part part : parts) {
            if (terms.length() > 0) {
                terms.append(" + ");
            }
            terms.append(printed(part.share()));
        }
        return "Shares of " + parts.size() + " parts add up to " + (ranged ? "at least " : "")
                + number(sum, decimals) + "% (" + terms + "), more than 100%";
    }

    static String printed(Figure share) {
        String low = number(share.low(), share.decimals());
        return (share.isRange() ? low + "-" + number(share.high(), share.decimals()) : low) + "%";
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
