package org.reportlint.core.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A safe change that resolves one finding: non-overlapping edits, sorted by offset, applied together or not at all. */
public record Fix(List<TextEdit> edits) {

    public Fix {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::endOffset));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).offset() < sorted.get(i - 1).endOffset()) {
                throw new IllegalArgumentException("edits of one fix overlap: " + sorted.get(i - 1) + " " + sorted.get(i));
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        edits = List.copyOf(sorted);
    }

    public static Fix of(TextEdit... edits) {
        return new Fix(List.of(edits));
    }

    /** The smallest offset any edit touches. */
    public int start() {
        return edits.get(0).offset();
    }

    /** The largest offset any edit touches. */
    public int end() {
        return edits.get(edits.size() - 1).endOffset();
    }
}
