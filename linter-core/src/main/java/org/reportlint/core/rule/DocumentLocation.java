package org.reportlint.core.rule;

import org.reportlint.core.source.SourceSpan;

/**
 * A place in one document of the run, resolved while the document was read so that it outlives the document. Made by
 * {@link CollectContext#locate}; the engine keeps with it what a finding there needs (the code frame and the
 * fingerprint baselines match on), so rules cannot make their own.
 */
public interface DocumentLocation {

    /** The document's path as reports show it, {@code /}-separated. */
    String path();

    /** Where in the document, with lines and columns. */
    SourceSpan span();
}
