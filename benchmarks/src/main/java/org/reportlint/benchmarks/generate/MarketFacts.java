package org.reportlint.benchmarks.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A market's headline figures: sizes at the base and end years and the CAGR that joins them. They are drawn from
 * the market's name, so every report of one set about the same market states the same figures, as a publisher's
 * pages do, and cross-document checks stay quiet on clean reports.
 *
 * @param market the market's name without the word "Market": {@code Asia Pacific Conductive Ink}
 * @param baseYear the year of the stated current size
 * @param startYear the first year of the forecast period
 * @param endYear the last year of the forecast period, the year of the projected size
 * @param baseMillions the size in the base year, in USD million
 * @param endMillions the size in the end year, in USD million, compounded from the base size at the CAGR
 * @param cagr the compound annual growth rate in percent, to one decimal
 */
record MarketFacts(String market, int baseYear, int startYear, int endYear, double baseMillions, double endMillions,
                   double cagr) {

    static MarketFacts of(String market) {
        SplittableRandom random = new SplittableRandom(market.hashCode());
        int baseYear = 2022 + random.nextInt(4);
        int startYear = baseYear + 1;
        int endYear = startYear + 5 + random.nextInt(5);
        // Either a niche of some hundred million or a market of some billions, as the reports range.
        double base = random.nextInt(3) == 0 ? 1_000 + random.nextInt(40_000) : 80 + random.nextInt(900);
        double baseMillions = printed(base);
        double cagr = (30 + random.nextInt(150)) / 10.0;
        double endMillions = printed(baseMillions * Math.pow(1 + cagr / 100, endYear - baseYear));
        return new MarketFacts(market, baseYear, startYear, endYear, baseMillions, endMillions, cagr);
    }

    /** The forecast period as reports write it: {@code 2024-2031}. */
    String period() {
        return startYear + "-" + endYear;
    }

    String cagrText() {
        return percent(cagr);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** An amount as reports print it: {@code USD 845.0 million}, {@code USD 12.56 billion}. */
    static String usd(double millions) {
        return millions >= 1_000
                ? String.format(Locale.ROOT, "USD %.2f billion", millions / 1_000)
                : String.format(Locale.ROOT, "USD %.1f million", millions);
    }

    /** Rounds to what {@link #usd} prints, so the printed figures are the ones the CAGR is computed from. */
    private static double printed(double millions) {
        return millions >= 1_000 ? Math.round(millions / 10) * 10.0 : Math.round(millions * 10) / 10.0;
    }
}
