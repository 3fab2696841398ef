package org.reportlint.core.rule;

/** Where a cross-document rule reports, once every document of the run has been read. */
public interface CrossDocumentContext {

    /**
     * Reports a finding in the document of {@code problem.location()}.
     *
     * @throws IllegalArgumentException for a location that did not come from {@link CollectContext#locate}
     */
    void report(CrossDocumentProblem problem);
}
