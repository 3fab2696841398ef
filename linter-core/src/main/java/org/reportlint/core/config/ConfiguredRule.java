package org.reportlint.core.config;

import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;

/** A rule enabled for a run, with the severity and options it runs at. */
public record ConfiguredRule(Rule rule, Severity severity, RuleOptions options) {

    public String id() {
        return rule.metadata().id();
    }
}
