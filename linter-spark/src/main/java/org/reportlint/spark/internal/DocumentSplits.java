package org.reportlint.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * How the job splits the files it reads into tasks, unless the session says otherwise. Spark's defaults suit
 * columnar data files: it counts opening a file as reading 4 MiB ({@code spark.sql.files.openCostInBytes}), so a
 * folder of 15 KB reports becomes one task per 30 documents, and each task pays for its own scheduling, plan
 * deserialization and output file. Linting costs in proportion to a document's bytes, and opening one costs about
 * as much as linting a few KB locally or some tens of KB on object storage, so the job counts 64 KiB per file. The
 * tasks are then as large as Spark allows ({@code spark.sql.files.maxPartitionBytes}, 128 MiB), with at least four
 * per core ({@code spark.sql.files.minPartitionNum}), so that a core that drew heavy documents holds up the end of
 * the run by a quarter of its share at most.
 *
 * <p>The settings are the job's only while it runs: {@link #restore} puts back what the session had.
 */
public final class DocumentSplits {
    static final String OPEN_COST = "spark.sql.files.openCostInBytes";
    static final String MIN_PARTITIONS = "spark.sql.files.minPartitionNum";
    static final long OPEN_COST_BYTES = 64 * 1024;
    static final int TASKS_PER_CORE = 4;

    private final RuntimeConfig conf;
    /** The settings this object made, each to unset again. */
    private final List<String> made = new ArrayList<>();

    private DocumentSplits(RuntimeConfig conf) {
        this.conf = conf;
    }

    /** Sets the job's defaults on {@code spark} where the session has no value of its own. */
    public static DocumentSplits apply(SparkSession spark) {
        DocumentSplits splits = new DocumentSplits(spark.conf());
        splits.setUnlessSet(OPEN_COST, Long.toString(OPEN_COST_BYTES));
        splits.setUnlessSet(MIN_PARTITIONS,
                Integer.toString(TASKS_PER_CORE * spark.sparkContext().defaultParallelism()));
        return splits;
    }

    /** Unsets what {@link #apply} set, leaving the session as it was. */
    public void restore() {
        made.forEach(conf::unset);
        made.clear();
    }

    private void setUnlessSet(String key, String value) {
        if (!conf.contains(key)) {
            conf.set(key, value);
            made.add(key);
        }
    }
}
