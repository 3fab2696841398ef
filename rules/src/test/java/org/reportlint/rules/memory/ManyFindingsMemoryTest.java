package org.reportlint.rules.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.FileResult;

/**
 * Issue 11's files with a finding on every line or every few words, linted with every shipped rule: the bytes the
 * engine and the rules allocate must grow linearly when the input doubles, and what the findings keep for the rest
 * of the run (they outlive their document) must stay under a bound per finding. Bytes, not the clock: allocation
 * counts do not depend on the machine's load.
 */
class ManyFindingsMemoryTest {
    /**
     * What a finding may keep, in bytes. Repeated text: the finding (48), its span (40) and its list slot, about 90
     * measured (196 before equal excerpt texts and fingerprints were shared and a span became one object). Text that
     * is not repeated adds its own fingerprint (72) and excerpt window (up to 160 characters: about 220); 248 measured
     * for short lines.
     */
    static final int MAX_BYTES_PER_REPEATED_FINDING = 160;
    static final int MAX_BYTES_PER_FINDING = 400;

    private static final RuleSet EVERY_RULE = RuleSet.of(RuleRegistry.load(ManyFindingsMemoryTest.class
            .getClassLoader()), Preset.ALL, Map.of());

    private static FileResult lint(String name, String text) {
        return new Linter().lint(DocumentParser.parse(name, text), EVERY_RULE);
    }

    private static long allocatedBy(String name, String text, int expectedFindings) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        FileResult result = lint(name, text);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(expectedFindings, result.findings().size(), name);
        return allocated;
    }

    private static void assertAllocationLinear(String name, String unit, int count) {
        lint(name, unit.repeat(100)); // classes loaded and lazy tables built before anything is counted
        long small = allocatedBy(name, unit.repeat(count), count);
        long large = allocatedBy(name, unit.repeat(2 * count), 2 * count);
        System.out.println(name + " allocates " + small + " then " + large);
        assertTrue(large < 2.5 * small,
                "allocation went from " + small + " to " + large + " bytes when the input doubled");
    }

    @Test
    void linesOfFillerAllocateLinearly() {
        assertAllocationLinear("markers.txt", "TBD\n", 10_000);
    }

    @Test
    void aParagraphOfMaskedFiguresAllocatesLinearly() {
        assertAllocationLinear("paragraph.txt", "$xx million ", 10_000);
    }

    @Test
    void aRepeatedFindingKeepsLittle() {
        assertRetainedPerFinding("markers.txt", "TBD\n".repeat(20_000), 20_000, MAX_BYTES_PER_REPEATED_FINDING);
        assertRetainedPerFinding("paragraph.txt", "$xx million ".repeat(20_000), 20_000,
                MAX_BYTES_PER_REPEATED_FINDING);
    }

    @Test
    void findingsInDistinctTextStayUnderTheBound() {
        String lines = IntStream.range(0, 20_000).mapToObj(i -> "Line " + i + " is TBD\n").collect(Collectors.joining());
        assertRetainedPerFinding("distinct.txt", lines, 20_000, MAX_BYTES_PER_FINDING);
    }

    /**
     * Measures what a result keeps as the heap in use with it held less the heap in use once it is dropped, each
     * after a full collection, so garbage and everything else in the JVM cancel out.
     */
    private static void assertRetainedPerFinding(String name, String text, int findings, int bound) {
        FileResult[] held = {lint(name, text)};
        assertEquals(findings, held[0].findings().size());
        long holding = usedAfterCollection();
        held[0] = null;
        long released = usedAfterCollection();
        double perFinding = (holding - released) / (double) findings;
        System.out.println(name + " keeps " + perFinding + " bytes per finding");
        assertTrue(perFinding < bound, name + ": " + perFinding + " bytes kept per finding (bound " + bound + ")");
    }

    private static long usedAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // The least of a few collections: one may leave what reference processing frees only in the next.
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
