package org.reportlint.benchmarks.generate;

import java.util.List;
import java.util.Optional;

/**
 * A generated report's content, independent of its format.
 *
 * @param title the title, also the first block as a level-1 heading
 * @param blocks the blocks in reading order
 * @param markupFault the markup fault to write it with, for HTML with {@link Defect#MALFORMED_MARKUP}
 */
record Report(String title, List<ReportBlock> blocks, Optional<MarkupFault> markupFault) {
    Report {
        blocks = List.copyOf(blocks);
    }
}
