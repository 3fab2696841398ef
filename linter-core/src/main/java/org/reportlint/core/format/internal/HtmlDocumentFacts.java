package org.reportlint.core.format.internal;

import java.util.Optional;
import java.util.OptionalInt;
import org.reportlint.core.result.FileResult;

/**
 * What the HTML report says about a document beyond its findings: the group it belongs to and its quality score.
 * One place, so the report follows whatever the run decided about groups and scores.
 */
final class HtmlDocumentFacts {

    private HtmlDocumentFacts() {
    }

    /** The document's top-level folder, or "(top level)" for a file directly in the linted folder. */
    static String group(FileResult file) {
        int slash = file.path().indexOf('/');
        return slash > 0 ? file.path().substring(0, slash) : "(top level)";
    }

    /** The document's quality score (see {@code QualityScore}), empty when it was not parsed. */
    static Optional<Integer> score(FileResult file) {
        OptionalInt score = file.score();
        return score.isPresent() ? Optional.of(score.getAsInt()) : Optional.empty();
    }
}
