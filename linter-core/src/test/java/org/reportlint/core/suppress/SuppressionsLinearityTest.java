package org.reportlint.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Excerpt;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourcePosition;
import org.reportlint.core.source.SourceSpan;
import org.reportlint.core.source.TextRange;

/** Many directives and many findings: matching them counts steps, and the steps must grow linearly. */
class SuppressionsLinearityTest {
    private static final int LINE_LENGTH = 10;

    /**
     * A document of {@code n} groups of three lines: a disable-next-line for alpha, a line with an alpha and a beta
     * finding, and a disable or enable of beta that alternates, so every kind of lookup is exercised.
     */
    private static Suppressions.Filtered filterGroups(int n, Suppressions[] built) {
        List<Directive> directives = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int group = 0; group < n; group++) {
            int line = group * 3 + 1;
            directives.add(directive(Directive.Kind.DISABLE_NEXT_LINE, List.of("alpha"), line));
            findings.add(finding("alpha", line + 1));
            findings.add(finding("beta", line + 1));
            directives.add(directive(group % 2 == 0 ? Directive.Kind.DISABLE : Directive.Kind.ENABLE, List.of("beta"),
                    line + 2));
        }
        Suppressions suppressions = new Suppressions(directives);
        built[0] = suppressions;
        return suppressions.filter(findings, Set.of());
    }

    private static Directive directive(Directive.Kind kind, List<String> rules, int line) {
        int start = (line - 1) * LINE_LENGTH;
        return new Directive(kind, rules, Optional.empty(), new TextRange(start, start + LINE_LENGTH - 1), line);
    }

    private static Finding finding(String rule, int line) {
        int start = (line - 1) * LINE_LENGTH;
        SourceSpan span = new SourceSpan(new SourcePosition(start, line, 1), new SourcePosition(start + 3, line, 4));
        return new Finding(rule, Severity.ERROR, "m", span, List.of(), Optional.empty(), Excerpt.of("AAA", 1, 4), "f");
    }

    private static long work(int n) {
        Suppressions[] built = new Suppressions[1];
        Suppressions.Filtered filtered = filterGroups(n, built);
        // Every alpha finding is hidden by its next-line directive; beta only in the groups after a disable.
        assertEquals(n + n / 2, filtered.suppressed());
        return built[0].work();
    }

    @Test
    void matchingGrowsLinearlyWithDirectivesAndFindings() {
        long small = work(25_000);
        long large = work(50_000);
        assertTrue(large < 2.5 * small, "work went from " + small + " to " + large + " when the input doubled");
    }
}
