package org.reportlint.core.rule;

import org.reportlint.core.document.Document;

/** What a rule sees while it checks one document: the document, the rule's options, and where to report. */
public interface RuleContext {

    Document document();

    RuleOptions options();

    void report(Problem problem);
}
