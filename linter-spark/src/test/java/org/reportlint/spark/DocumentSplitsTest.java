package org.reportlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.sql.RuntimeConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportlint.spark.internal.DocumentSplits;

/** The job's task sizes apply only where the session has none of its own, and only while the job runs. */
class DocumentSplitsTest {
    private static final String OPEN_COST = "spark.sql.files.openCostInBytes";
    private static final String MIN_PARTITIONS = "spark.sql.files.minPartitionNum";

    private final RuntimeConfig conf = LocalSpark.session().conf();

    @AfterEach
    void unset() {
        conf.unset(OPEN_COST);
        conf.unset(MIN_PARTITIONS);
    }

    @Test
    void setsSixtyFourKibPerFileAndFourTasksPerCoreThenPutsTheSessionBack() {
        DocumentSplits splits = DocumentSplits.apply(LocalSpark.session());
        assertEquals("65536", conf.get(OPEN_COST));
        assertEquals("8", conf.get(MIN_PARTITIONS)); // local[2]
        splits.restore();
        assertFalse(conf.contains(OPEN_COST));
        assertFalse(conf.contains(MIN_PARTITIONS));
    }

    @Test
    void keepsWhatTheSessionSetsItself() {
        conf.set(OPEN_COST, "1048576");
        DocumentSplits splits = DocumentSplits.apply(LocalSpark.session());
        assertEquals("1048576", conf.get(OPEN_COST));
        assertEquals("8", conf.get(MIN_PARTITIONS));
        splits.restore();
        assertEquals("1048576", conf.get(OPEN_COST));
        assertFalse(conf.contains(MIN_PARTITIONS));
    }
}
