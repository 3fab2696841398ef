package org.reportlint.spark.internal;

import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
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

    /** Finishes {@code checked} rows ({@link FileRows#CHECKED}), which are read twice: persist them first. */
    public static Outcome run(Dataset<Row> checked) {
        MissingRules missing = new MissingRules();
        checked.sparkSession().sparkContext().register(missing, "reportlint cross-document rules without a codec");
        Dataset<Row> added = checked.filter(functions.col("pending").isNotNull()).select("group", "pending")
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups(new FinishGroup(missing), Encoders.row(FinishGroup.ADDED));
        Dataset<Row> own = checked.drop("pending", "group");
        Dataset<Row> files = own.join(added, own.col("path").equalTo(added.col("addedPath")), "left_outer")
                .map(new AddFindings(), Encoders.row(LintSchema.FILES));
        return new Outcome(files, missing, Optional.of(checked));
    }
}
