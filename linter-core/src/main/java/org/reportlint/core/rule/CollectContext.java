package org.reportlint.core.rule;

import org.reportlint.core.document.Document;
import org.reportlint.core.source.TextRange;

/** What a cross-document rule sees while it collects from one document. */
public interface CollectContext {

    Document document();

    /** The rule's options as configured for this document's file. */
    RuleOptions options();

    /**
     * The place of a source range of this document, with its line, column, code frame and fingerprint resolved now,
     * so that the rule can report there after the document is gone. A range past the end is cut to the end.
     */
    DocumentLocation locate(TextRange range);
}
