package org.reportlint.spark.internal;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.util.AccumulatorV2;

/**
 * The ids of the cross-document rules whose findings are missing (no codec, so their values cannot travel), as the
 * executors that finish the groups find them: the driver reads the union once the files are computed. A set, so a
 * task that runs twice adds nothing twice.
 */
public final class MissingRules extends AccumulatorV2<Set<String>, Set<String>> {
    private static final long serialVersionUID = 1L;

    private final TreeSet<String> ids = new TreeSet<>();

    @Override
    public boolean isZero() {
        synchronized (ids) {
            return ids.isEmpty();
        }
    }

    @Override
    public MissingRules copy() {
        MissingRules copy = new MissingRules();
        copy.add(value());
        return copy;
    }

    @Override
    public void reset() {
        synchronized (ids) {
            ids.clear();
        }
    }

    @Override
    public void add(Set<String> more) {
        synchronized (ids) {
            ids.addAll(more);
        }
    }

    @Override
    public void merge(AccumulatorV2<Set<String>, Set<String>> other) {
        add(other.value());
    }

    /** The ids found so far, in order; complete only after an action computed every group. */
    @Override
    public Set<String> value() {
        synchronized (ids) {
            return Collections.unmodifiableSet(new TreeSet<>(ids));
        }
    }
}
