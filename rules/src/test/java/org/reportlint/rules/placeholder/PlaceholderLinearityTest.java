package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.Finding;
import org.reportlint.rules.testing.RuleFixtures;

/**
 * Issue 11's large inputs for this rule (a file of {@code TBD} lines, one long paragraph full of findings, an
 * unterminated {@code <textarea>} full of them): the start positions the matchers try must grow linearly when the
 * input doubles, and every finding must still be reported.
 */
class PlaceholderLinearityTest {

    private record Run(long work, int findings) {
    }

    private static Run run(String name, String text) {
        long[] work = new long[1];
        PlaceholderRule rule = new PlaceholderRule(new Searcher(steps -> work[0] += steps, false));
        List<Finding> findings = RuleFixtures.lint(rule, name, text);
        return new Run(work[0], findings.size());
    }

    private static void assertLinear(String name, String unit, int count, int findingsPerUnit) {
        Run small = run(name, unit.repeat(count));
        Run large = run(name, unit.repeat(2 * count));
        assertEquals(count * findingsPerUnit, small.findings());
        assertEquals(2 * count * findingsPerUnit, large.findings());
        assertTrue(small.work() > 0, "no work counted");
        assertTrue(large.work() < 2.5 * small.work(),
                "work went from " + small.work() + " to " + large.work() + " when the input doubled");
    }

    @Test
    void linesOfMarkersAreLinear() {
        assertLinear("markers.txt", "TBD\n", 20_000, 1);
    }

    @Test
    void aParagraphFullOfMaskedFiguresIsLinear() {
        assertLinear("paragraph.txt", "$xx million ", 20_000, 1);
    }

    @Test
    void anUnterminatedTextareaFullOfMarkersIsLinear() {
        Run small = run("textarea.html", "<p>Intro</p><textarea>" + "TBD ".repeat(10_000));
        Run large = run("textarea.html", "<p>Intro</p><textarea>" + "TBD ".repeat(20_000));
        assertEquals(2 * small.findings(), large.findings());
        assertTrue(small.findings() >= 10_000, small.findings() + " findings");
        assertTrue(large.work() < 2.5 * small.work(),
                "work went from " + small.work() + " to " + large.work() + " when the input doubled");
    }
}
