package org.reportlint.benchmarks.generate;

/** The markup fault an HTML report with {@link Defect#MALFORMED_MARKUP} is written with. */
enum MarkupFault {
    /** {@code <p><h1>Title</h1>}: the WordPress export habit of wrapping everything in a paragraph. */
    PARAGRAPH_WRAPPED_TITLE,
    /** A {@code </div>} with no open {@code div}, left by a template that dropped its opening half. */
    STRAY_END_TAG,
    /** {@code <h2>Heading</h3>}: a heading closed by another level's end tag. */
    MISMATCHED_HEADING_END
}
