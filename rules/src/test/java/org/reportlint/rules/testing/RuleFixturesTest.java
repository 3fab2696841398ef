package org.reportlint.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Severity;

/** The fixture harness must fail on a missing finding and on an unexpected one, or no rule test means anything. */
class RuleFixturesTest {

    /** Flags every occurrence of the word BAD. */
    static final class BadWordRule implements Rule {
        private static final Pattern BAD = Pattern.compile("\\bBAD\\b");

        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("bad-word").summary("flags BAD").severity(Severity.ERROR).build();
        }

        @Override
        public void check(RuleContext context) {
            Matcher m = BAD.matcher(context.document().source());
            while (m.find()) {
                context.report(Problem.at(m.start(), m.end(), "BAD"));
            }
        }
    }

    @Test
    void passesWhenExpectationsMatchExactly() {
        List<Finding> findings = RuleFixtures.assertFixture(new BadWordRule(), "/harness/matching.html");
        assertEquals(2, findings.size());
    }

    @Test
    void failsOnMissingFinding() {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> RuleFixtures.assertFixture(new BadWordRule(), "/harness/missing.html"));
        assertTrue(error.getMessage().contains("missing:    3: bad-word \"BAD\""), error.getMessage());
    }

    @Test
    void failsOnUnexpectedFinding() {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> RuleFixtures.assertFixture(new BadWordRule(), "/harness/unexpected.html"));
        assertTrue(error.getMessage().contains("unexpected: 2: bad-word \"BAD\" \"BAD\" at column 11"), error.getMessage());
    }

    @Test
    void failsOnWrongMessage() {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> RuleFixtures.assertFixture(new BadWordRule(), "/harness/messages.html"));
        assertTrue(error.getMessage().contains("missing:    2: bad-word \"BAD\" \"a different message\""),
                error.getMessage());
        assertTrue(error.getMessage().contains("unexpected: 2: bad-word \"BAD\" \"BAD\" at column 6"),
                error.getMessage());
        assertTrue(!error.getMessage().contains("1: bad-word"), error.getMessage());
    }

    @Test
    void blankingMarkersKeepsColumns() {
        List<Finding> findings = RuleFixtures.lint(new BadWordRule(), "x.txt", "<!-- note -->BAD <!-- expect: bad-word \"BAD\" -->BAD");
        assertEquals(2, findings.size());
        assertEquals(14, findings.get(0).span().start().column());
        assertEquals(49, findings.get(1).span().start().column());
    }
}
