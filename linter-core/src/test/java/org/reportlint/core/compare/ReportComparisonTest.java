package org.reportlint.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.compare.ReportComparison.Change;
import org.reportlint.core.compare.ReportComparison.Status;
import org.reportlint.core.rule.Severity;

class ReportComparisonTest {

    private static ReportSnapshot.Item item(String message, int line, String fingerprint) {
        return new ReportSnapshot.Item("placeholder", Severity.ERROR, message, line, 1, fingerprint);
    }

    private static List<String> statuses(List<Change> changes) {
        return changes.stream().map(c -> c.status().id() + " " + c.finding().line()).toList();
    }

    @Test
    void aFindingWhoseLinesMovedIsUnchanged() {
        List<Change> changes = ReportComparison.match("a.html", List.of(item("X", 3, "f1")),
                List.of(item("X", 9, "f1")));
        assertEquals(List.of("unchanged 9"), statuses(changes));
    }

    @Test
    void anEditAroundTheFlaggedTextKeepsTheFindingByItsMessage() {
        List<Change> changes = ReportComparison.match("a.html", List.of(item("Placeholder \"$xxx\"", 1, "f1")),
                List.of(item("Placeholder \"$xxx\"", 1, "f2")));
        assertEquals(List.of("unchanged 1"), statuses(changes));
    }

    @Test
    void aThirdCopyIsOneNewFindingAndAFixedOneIsResolved() {
        List<Change> added = ReportComparison.match("a.html", List.of(item("X", 1, "f"), item("X", 2, "f")),
                List.of(item("X", 1, "f"), item("X", 2, "f"), item("X", 3, "f")));
        assertEquals(List.of("unchanged 1", "unchanged 2", "new 3"), statuses(added));
        List<Change> fixed = ReportComparison.match("a.html", List.of(item("X", 1, "f"), item("Y", 5, "g")),
                List.of(item("X", 1, "f")));
        assertEquals(List.of("unchanged 1", "resolved 5"), statuses(fixed));
        assertEquals(Status.RESOLVED, fixed.get(1).status());
    }

    @Test
    void aDifferentMessageUnderAnotherFingerprintIsNewAndTheOldOneResolved() {
        List<Change> changes = ReportComparison.match("a.html", List.of(item("Placeholder \"$xxx\"", 4, "f1")),
                List.of(item("Placeholder \"$yy\"", 4, "f2")));
        assertEquals(List.of("new 4", "resolved 4"), statuses(changes));
    }
}
