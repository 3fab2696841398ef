package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reportlint.maven.Results.file;
import static org.reportlint.maven.Results.finding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class RuleSummaryTest {

    @Test
    void rulesWithErrorsComeFirstThenTheMostFindingsThenTheId() {
        LintResult result = LintResult.of(List.of(
                file("a.html", finding("zeta", Severity.WARNING, 1, 1, "m"), finding("zeta", Severity.WARNING, 2, 1, "m"),
                        finding("alpha", Severity.WARNING, 3, 1, "m"), finding("omega", Severity.INFO, 4, 1, "m")),
                file("b.html", finding("beta", Severity.WARNING, 1, 1, "m"), finding("mixed", Severity.WARNING, 2, 1, "m"),
                        finding("mixed", Severity.ERROR, 3, 1, "m"), finding("mixed", Severity.ERROR, 4, 1, "m"))));
        assertEquals(List.of(
                "reportlint: mixed: 2 errors, 1 warning",
                "reportlint: zeta: 2 warnings",
                "reportlint: alpha: 1 warning",
                "reportlint: beta: 1 warning",
                "reportlint: omega: 1 info"),
                RuleSummary.count(result).stream().map(RuleSummary::line).toList());
    }

    @Test
    void aRunWithoutFindingsHasNoLines() {
        assertEquals(List.of(), RuleSummary.count(LintResult.of(List.of(file("a.html")))));
    }
}
