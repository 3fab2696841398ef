package org.reportlint.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.TextEdit;

/**
 * Applies the fixes of one file's findings to its text. Fixes are taken in source order; a fix that overlaps one
 * already taken waits for the next pass, because the text it was computed against is about to change.
 */
public final class FixApplier {

    private FixApplier() {
    }

    /** The outcome of one pass: the new text, how many fixes went in, and how many had to wait. */
    public record Pass(String text, int applied, int deferred) {
    }

    public static Pass apply(String text, List<Finding> findings) {
        List<Fix> fixes = new ArrayList<>();
        for (Finding finding : findings) {
            finding.fix().ifPresent(fixes::add);
        }
        fixes.sort(Comparator.comparingInt(Fix::start).thenComparingInt(Fix::end));
        List<TextEdit> edits = new ArrayList<>();
        int taken = 0;
        int deferred = 0;
        int lastEnd = -1;
        for (Fix fix : fixes) {
            if (fix.start() < lastEnd || (fix.start() == lastEnd && startsWithInsertion(fix, lastEnd))
                    || fix.end() > text.length()) {
                deferred++;
                continue;
            }
            edits.addAll(fix.edits());
            lastEnd = fix.end();
            taken++;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextEdit edit = edits.get(i);
            out.replace(edit.offset(), edit.endOffset(), edit.text());
        }
        return new Pass(out.toString(), taken, deferred);
    }

    /** Two fixes that touch at one offset are ambiguous when the second inserts there: which text comes first? */
    private static boolean startsWithInsertion(Fix fix, int offset) {
        TextEdit first = fix.edits().get(0);
        return first.offset() == offset && first.offset() == first.endOffset();
    }
}
