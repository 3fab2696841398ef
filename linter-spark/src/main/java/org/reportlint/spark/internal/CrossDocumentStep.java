package org.reportlint.spark.internal;

import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.reportlint.spark.LintSchema;

/**
 * The second step of cross-document rules over checked rows, all of it on the executors. The waiting files' values
 * (small: what each rule collected, the directives) are shuffled by config group, since a rule compares documents
 * only within one; each group is finished by the code {@code reportlint merge} uses ({@link FinishGroup}); the
 * findings that gives are joined back to the rows of their documents by path. Only the collected values and the
 * added findings travel, never documents; nothing of them reaches the driver, so the step scales with the cluster,
 * up to the largest group, whose values one task holds.
 */
public final class CrossDocumentStep {

    /**
     * @param files the file results, every cross-document finding in them (lazy: computed by the next action)
     * @param missing cross-document rules whose findings are missing: their values cannot travel (no codec); filled
     *     in as {@code files} is computed
     * @param checked the persisted checked rows {@code files} is computed from, to unpersist once {@code files} is
     *     persisted itself or no longer needed; empty when nothing was persisted
     */
    public record Outcome(Dataset<Row> files, MissingRules missing, Optional<Dataset<Row>> checked) {
    }

    private CrossDocumentStep() {
    }

    /**
     * What the step adds to the files of {@code checked} rows ({@link FileRows#CHECKED}), as rows of
     * {@link FinishGroup#ADDED}, one per file that gets a finding or a hidden one (lazy).
     *
     * @param rows the added findings per file
     * @param missing cross-document rules whose findings are missing; filled in as {@code rows} is computed
     */
    public record Additions(Dataset<Row> rows, MissingRules missing) {

        /** The same additions with their rows persisted, for a caller that reads them more than once. */
        public Additions persisted() {
            return new Additions(rows.persist(StorageLevel.MEMORY_AND_DISK()), missing);
        }

        /** The added findings one row each, in the columns of {@link LintSchema#FINDINGS}. */
        public Dataset<Row> findings() {
            return rows.select(functions.col("addedPath").as("path"),
                            functions.explode(functions.col("addedFindings")).as("finding"))
                    .select(functions.col("path"), functions.col("finding.*"));
        }
    }

    /**
     * Finishes {@code checked} rows ({@link FileRows#CHECKED}), which are read twice: persist them first.
     * {@code groupKeys} is how many group keys there can be (see {@link #additions}).
     */
    public static Outcome run(Dataset<Row> checked, int groupKeys) {
        Additions additions = additions(checked, groupKeys);
        Dataset<Row> added = additions.rows();
        Dataset<Row> own = checked.drop("pending", "group");
        Dataset<Row> files = own.join(added, own.col("path").equalTo(added.col("addedPath")), "left_outer")
                .map(new AddFindings(), Encoders.row(LintSchema.FILES));
        return new Outcome(files, additions.missing(), Optional.of(checked));
    }

    /**
     * The findings the step adds to {@code checked} rows, not yet joined to their files: for a caller that needs the
     * findings and counts, not whole file rows, which saves shuffling every file's own findings by path.
     * {@code groupKeys}, how many group keys there can be (the config's groups and no group), bounds the tasks that
     * hold the finished groups: the shuffle has as many partitions as {@code spark.sql.shuffle.partitions} (200 by
     * default), nearly all of them empty, and every later read or write of them would pay a task for each.
     */
    public static Additions additions(Dataset<Row> checked, int groupKeys) {
        MissingRules missing = new MissingRules();
        checked.sparkSession().sparkContext().register(missing, "reportlint cross-document rules without a codec");
        Dataset<Row> added = checked.filter(functions.col("pending").isNotNull()).select("group", "pending")
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups(new FinishGroup(missing), Encoders.row(FinishGroup.ADDED));
        int shufflePartitions = Integer.parseInt(checked.sparkSession().conf().get("spark.sql.shuffle.partitions"));
        return new Additions(added.coalesce(Math.max(1, Math.min(groupKeys, shufflePartitions))), missing);
    }
}
