package org.reportlint.benchmarks.generate;

/**
 * A defect the generator can seed into a report, with the rule that must find it. Each is what a template or a
 * generator really leaves behind, not a synthetic marker.
 */
public enum Defect {
    /** Masked figures ({@code $xxx million}, {@code USD XX.X billion}) or dummy companies (Company A, Company B). */
    PLACEHOLDER("placeholder"),
    /** A second forecast period for the market's CAGR that contradicts the title's. */
    CONFLICTING_PERIOD("date-range"),
    /** A paragraph-wrapped title ({@code <p><h1>}), a stray end tag or a heading closed by another level's tag. */
    MALFORMED_MARKUP("malformed-html"),
    /** A heading level skipped right after the title. */
    HEADING_SKIP("heading-structure"),
    /** A company's legal suffix ({@code Co.} / {@code Ltd.}) broken into a list entry of its own. */
    SPLIT_NAME("split-name"),
    /** UTF-8 punctuation read as Windows-1252: {@code marketâ€™s}. */
    MOJIBAKE("mojibake"),
    /** The market's CAGR stated with two different values. */
    CONFLICTING_CAGR("conflicting-figures"),
    /** A CAGR that the start and end sizes stated with it contradict. */
    CAGR_ARITHMETIC("cagr-arithmetic");

    private final String ruleId;

    Defect(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The id of the rule that reports this defect. */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Whether the defect can occur in a format: markup faults need markup, and plain text has neither headings nor
     * list entries to break.
     */
    public boolean appliesTo(Format format) {
        return switch (this) {
            case MALFORMED_MARKUP -> format.isHtml();
            case HEADING_SKIP, SPLIT_NAME -> format != Format.TEXT;
            default -> true;
        };
    }
}
