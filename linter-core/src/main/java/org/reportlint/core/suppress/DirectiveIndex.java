package org.reportlint.core.suppress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds the directive that hides a finding without scanning every directive for every finding: a document with
 * tens of thousands of directives and as many findings is then linear, not quadratic.
 *
 * <p>Line, next-line and file directives are looked up by key. Whether a {@code disable} is open at an offset depends on
 * the rule (an {@code enable} may name some rules only), so for each rule that has findings the open directive after
 * every directive is worked out once, in one pass, and a finding's offset is bisected into it.
 */
final class DirectiveIndex {
    private final List<Directive> directives;
    private final int[] starts;
    private final Map<Integer, Integer> nextLineForAll = new HashMap<>();
    private final Map<LineAndRule, Integer> nextLineForRule = new HashMap<>();
    private final int fileForAll;
    private final Map<String, Integer> fileForRule = new HashMap<>();
    private final Map<String, Directive[]> openAfter = new ConcurrentHashMap<>();
    private final AtomicLong work = new AtomicLong();

    DirectiveIndex(List<Directive> directives) {
        this.directives = directives;
        this.starts = new int[directives.size()];
        int firstFileForAll = Integer.MAX_VALUE;
        for (int i = 0; i < directives.size(); i++) {
            Directive directive = directives.get(i);
            starts[i] = directive.range().start();
            boolean ownLine = directive.kind() == Directive.Kind.DISABLE_LINE;
            if (ownLine || directive.kind() == Directive.Kind.DISABLE_NEXT_LINE) {
                // Both hide one line and share the lookup; a line directive names its own line, not the next.
                int hiddenLine = ownLine ? directive.line() : directive.line() + 1;
                if (directive.rules().isEmpty()) {
                    nextLineForAll.putIfAbsent(hiddenLine, i);
                }
                for (String rule : directive.rules()) {
                    nextLineForRule.putIfAbsent(new LineAndRule(hiddenLine, rule), i);
                }
            } else if (directive.kind() == Directive.Kind.DISABLE_FILE) {
                if (directive.rules().isEmpty()) {
                    firstFileForAll = Math.min(firstFileForAll, i);
                }
                for (String rule : directive.rules()) {
                    fileForRule.putIfAbsent(rule, i);
                }
            }
        }
        this.fileForAll = firstFileForAll;
        work.addAndGet(directives.size());
    }

    /** The directive that hides a finding of {@code rule} starting at {@code offset} on {@code line}, or null. */
    Directive suppressor(String rule, int offset, int line) {
        int nextLine = Math.min(nextLineForAll.getOrDefault(line, Integer.MAX_VALUE),
                nextLineForRule.getOrDefault(new LineAndRule(line, rule), Integer.MAX_VALUE));
        if (nextLine != Integer.MAX_VALUE) {
            return directives.get(nextLine);
        }
        int before = directivesStartingAtOrBefore(offset);
        if (before > 0) {
            Directive open = openAfter.computeIfAbsent(rule, this::openAfterEach)[before - 1];
            if (open != null) {
                return open;
            }
        }
        int file = Math.min(fileForAll, fileForRule.getOrDefault(rule, Integer.MAX_VALUE));
        return file == Integer.MAX_VALUE ? null : directives.get(file);
    }

    /** Steps taken so far, building and looking up; grows linearly with directives and findings. */
    long work() {
        return work.get();
    }

    /** How many directives start at or before {@code offset}; they are in source order. */
    private int directivesStartingAtOrBefore(int offset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            work.incrementAndGet();
            int mid = (low + high) >>> 1;
            if (starts[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** For one rule, the {@code disable} still open after each directive, or null where none is. */
    private Directive[] openAfterEach(String rule) {
        Directive[] open = new Directive[directives.size()];
        Directive current = null;
        for (int i = 0; i < open.length; i++) {
            Directive directive = directives.get(i);
            if (directive.kind() == Directive.Kind.DISABLE && directive.covers(rule)) {
                current = directive;
            } else if (directive.kind() == Directive.Kind.ENABLE && current != null
                    && (directive.rules().isEmpty() || directive.rules().contains(rule))) {
                current = null;
            }
            open[i] = current;
        }
        work.addAndGet(open.length);
        return open;
    }

    private record LineAndRule(int line, String rule) {
    }
}
