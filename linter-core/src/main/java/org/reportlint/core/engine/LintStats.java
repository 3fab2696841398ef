package org.reportlint.core.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time went: files and bytes read, time spent parsing, and time spent in each rule. Safe to update
 * from many threads; the numbers are only read once the run is over.
 */
public final class LintStats {
    private final LongAdder files = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder parseNanos = new LongAdder();
    private final Map<String, LongAdder> ruleNanos = new ConcurrentHashMap<>();

    void addFile(long byteCount, long parseTime) {
        files.increment();
        bytes.add(byteCount);
        parseNanos.add(parseTime);
    }

    void addRule(String id, long nanos) {
        ruleNanos.computeIfAbsent(id, key -> new LongAdder()).add(nanos);
    }

    public long files() {
        return files.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    /** Reading, decoding and parsing, summed over threads. */
    public long parseNanos() {
        return parseNanos.sum();
    }

    /** Time in each rule, summed over threads, by rule id. */
    public Map<String, Long> ruleNanos() {
        Map<String, Long> copy = new TreeMap<>();
        ruleNanos.forEach((id, nanos) -> copy.put(id, nanos.sum()));
        return copy;
    }
}
