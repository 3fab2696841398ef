package org.reportlint.core.format;

import java.util.Objects;
import java.util.Optional;
import org.reportlint.core.result.FileResult;

/**
 * What the Markdown scorecard needs beyond the run: where links to lines point, and what the run is compared with.
 *
 * @param linkBase prefix of links to a document's lines ({@code https://github.com/o/r/blob/SHA/}); empty for links
 *        relative to the folder reportlint ran in ({@code reports/a.html#L12}), which GitHub renders in a file
 *        of the repository but not in a comment
 * @param previous what the run is compared with (a baseline or an earlier JSON report), if anything
 */
public record ScorecardOptions(String linkBase, Optional<Previous> previous) {
    public static final ScorecardOptions NONE = new ScorecardOptions("", Optional.empty());

    public ScorecardOptions {
        Objects.requireNonNull(linkBase, "linkBase");
        Objects.requireNonNull(previous, "previous");
    }

    /**
     * An earlier state to count new and resolved findings against, matched by path, rule and fingerprint.
     */
    public interface Previous {
        /** What the earlier state is, for the scorecard's heading: {@code the baseline}, {@code old.json}. */
        String name();

        /**
         * How many findings of {@code file} are new and how many earlier ones it no longer has; called once per file
         * of the run, in path order.
         */
        Change compare(FileResult file);

        /** Earlier findings in files this run did not report at all (deleted or not linted), counted as resolved. */
        int resolvedElsewhere();
    }

    /** New and resolved findings of one file. */
    public record Change(int added, int resolved) {
    }
}
