package org.reportlint.benchmarks.generate;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The proportions of a generated set: formats, layouts, sizes and defects, close to what crawled market-report
 * corpora hold. HTML fragments dominate (CMS and WordPress exports, mostly on one line), then plain text, whole
 * pages and a little Markdown; most reports are clean, about a third carry a defect, the markup ones most often.
 */
final class ReportMix {
    /** Percent of reports per format, in {@link Format} order. */
    private static final int[] FORMAT_PERCENT = {55, 15, 10, 20};
    /** Percent of each format's reports written on one line; Markdown needs its line breaks. */
    private static final int[] ONE_LINE_PERCENT = {80, 15, 0, 15};
    /** Percent of HTML fragments saved as {@code .txt}, as scrapers and generators often do. */
    private static final int FRAGMENT_AS_TXT_PERCENT = 40;
    private static final int DEFECTIVE_PERCENT = 35;
    /** Percent of defective reports with a second, different defect. */
    private static final int SECOND_DEFECT_PERCENT = 15;
    /** Relative frequency of each defect, in {@link Defect} order; markup faults and split names lead in real sets. */
    private static final int[] DEFECT_WEIGHT = {10, 10, 30, 8, 15, 5, 12, 6};
    static final int MIN_BYTES = 5 * 1024;
    static final int MAX_BYTES = 50 * 1024;
    /** Targets stay clear of the bounds by more than one section's size, so every report lands within them. */
    private static final double LOW_TARGET = 5.6 * 1024;
    private static final double HIGH_TARGET = 46.0 * 1024;

    private ReportMix() {
    }

    static ReportSpec draw(int index, SplittableRandom random) {
        Format format = Format.values()[weighted(random, FORMAT_PERCENT)];
        boolean oneLine = random.nextInt(100) < ONE_LINE_PERCENT[format.ordinal()];
        String extension = switch (format) {
            case HTML_FRAGMENT -> random.nextInt(100) < FRAGMENT_AS_TXT_PERCENT ? "txt" : "html";
            case HTML_PAGE -> "html";
            case MARKDOWN -> "md";
            case TEXT -> "txt";
        };
        // Log-uniform: small reports are more common than large ones, as in real sets (median about 16 KB).
        int target = (int) (LOW_TARGET * Math.exp(random.nextDouble() * Math.log(HIGH_TARGET / LOW_TARGET)));
        Set<Defect> defects = EnumSet.noneOf(Defect.class);
        if (random.nextInt(100) < DEFECTIVE_PERCENT) {
            defects.add(defect(random, format, defects));
            if (random.nextInt(100) < SECOND_DEFECT_PERCENT) {
                defects.add(defect(random, format, defects));
            }
        }
        return new ReportSpec(index, format, oneLine, extension, target, defects);
    }

    /** A defect that applies to the format and is not yet in the report. */
    private static Defect defect(SplittableRandom random, Format format, Set<Defect> taken) {
        int[] weights = new int[DEFECT_WEIGHT.length];
        for (Defect defect : Defect.values()) {
            // A wrong CAGR and a second CAGR both rewrite the market's rate: one report gets one of them.
            boolean possible = defect.appliesTo(format) && !taken.contains(defect)
                    && !(defect == Defect.CAGR_ARITHMETIC && taken.contains(Defect.CONFLICTING_CAGR))
                    && !(defect == Defect.CONFLICTING_CAGR && taken.contains(Defect.CAGR_ARITHMETIC));
            weights[defect.ordinal()] = possible ? DEFECT_WEIGHT[defect.ordinal()] : 0;
        }
        return Defect.values()[weighted(random, weights)];
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights sum to " + total);
    }
}
