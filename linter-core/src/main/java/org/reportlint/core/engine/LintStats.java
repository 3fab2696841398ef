package org.reportlint.core.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.reportlint.core.facts.FactKind;

/**
 * Where a run's time went: files and bytes read, time spent parsing, in each rule, and in the shared facts that
 * rules read (sentences, figures, subjects...), timed apart from the rule that happens to ask for them first. Safe to
 * update from many threads; the numbers are only read once the run is over.
 */
public final class LintStats {
    private final LongAdder files = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder parseNanos = new LongAdder();
    private final Map<String, LongAdder> ruleNanos = new ConcurrentHashMap<>();
    private final Map<FactKind, LongAdder> factNanos = new EnumMap<>(FactKind.class);

    public LintStats() {
        for (FactKind kind : FactKind.values()) {
            factNanos.put(kind, new LongAdder()); // filled once: the map is only read from here on
        }
    }

    void addFile(long byteCount, long parseTime) {
        files.increment();
        bytes.add(byteCount);
        parseNanos.add(parseTime);
    }

    void addRule(String id, long nanos) {
        ruleNanos.computeIfAbsent(id, key -> new LongAdder()).add(nanos);
    }

    void addFacts(Map<FactKind, Long> nanos) {
        nanos.forEach((kind, spent) -> factNanos.get(kind).add(spent));
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

    /** Time computing shared facts, summed over threads and kinds; not part of any rule's time. */
    public long factNanos() {
        long sum = 0;
        for (LongAdder spent : factNanos.values()) {
            sum += spent.sum();
        }
        return sum;
    }

    /** Time computing each kind of shared fact, summed over threads; kinds never computed are left out. */
    public Map<FactKind, Long> factNanosByKind() {
        Map<FactKind, Long> copy = new EnumMap<>(FactKind.class);
        factNanos.forEach((kind, spent) -> {
            if (spent.sum() != 0) {
                copy.put(kind, spent.sum());
            }
        });
        return copy;
    }
}
