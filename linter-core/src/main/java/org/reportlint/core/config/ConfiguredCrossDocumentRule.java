package org.reportlint.core.config;

import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;

/** A cross-document rule enabled for a file, with the severity and options it runs at there. */
public record ConfiguredCrossDocumentRule(CrossDocumentRule<?> rule, Severity severity, RuleOptions options) {

    public String id() {
        return rule.metadata().id();
    }
}
