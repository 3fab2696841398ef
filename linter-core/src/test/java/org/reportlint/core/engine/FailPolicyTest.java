package org.reportlint.core.engine;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.Summary;
import org.reportlint.core.rule.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


class FailPolicyTest {
    private static final Summary ONE_WARNING = new Summary(1, 0, 1, 0, 0, 0, 0);
    private static final Summary ONE_ERROR = new Summary(1, 1, 0, 0, 0, 0, 0);
    private static final Summary ONE_INFO = new Summary(1, 0, 0, 1, 0, 0, 0);

    @Test
    void failsAtOrAboveTheLevel() {
        FailPolicy onWarning = new FailPolicy(Optional.of(Severity.WARNING), -1);
        assertTrue(onWarning.fails(ONE_ERROR));
        assertTrue(onWarning.fails(ONE_WARNING));
        assertFalse(onWarning.fails(ONE_INFO));
        assertFalse(FailPolicy.DEFAULT.fails(ONE_WARNING));
    }

    @Test
    void neverStillHonoursMaxWarnings() {
        assertFalse(new FailPolicy(Optional.empty(), -1).fails(ONE_ERROR));
        assertTrue(new FailPolicy(Optional.empty(), 0).fails(ONE_WARNING));
        assertFalse(new FailPolicy(Optional.empty(), 1).fails(ONE_WARNING));
    }

    @Test
    void parsesLevels() {
        assertEquals(Optional.of(Optional.empty()), FailPolicy.parseLevel("never"));
        assertEquals(Optional.of(Optional.of(Severity.INFO)), FailPolicy.parseLevel("INFO"));
        assertEquals(Optional.empty(), FailPolicy.parseLevel("fatal"));
    }

    @Test
    void unreadableFilesWinOverFindings() {
        LintResult result = LintResult.of(List.of(FileResult.unreadable("a", "cannot read: permission denied")));
        assertEquals(FailPolicy.EXIT_INCOMPLETE, FailPolicy.DEFAULT.exitCode(result));
        assertEquals(FailPolicy.EXIT_OK, FailPolicy.DEFAULT.exitCode(LintResult.of(List.of())));
    }
}
