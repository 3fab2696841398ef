package org.reportlint.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.Summary;

/**
 * The totals of a Spark run: per rule, how many findings of each severity and how many fixable (also a dataset the
 * job writes), and the run's {@link Summary}, counted as the CLI counts a run.
 *
 * @param byRule rows of {@code (rule, errors, warnings, infos, fixable)} in rule order
 * @param summary the totals
 * @param incomplete whether a file could not be read or a rule failed on one
 */
public record RunSummary(List<Row> byRule, Summary summary, boolean incomplete) {

    /** The per-rule counts of {@code findings} rows, as a dataset. */
    public static Dataset<Row> byRule(Dataset<Row> findings) {
        return findings.groupBy("rule").agg(
                        counted(col("severity").equalTo("error")).as("errors"),
                        counted(col("severity").equalTo("warning")).as("warnings"),
                        counted(col("severity").equalTo("info")).as("infos"),
                        counted(col("fix").isNotNull()).as("fixable"))
                .orderBy("rule");
    }

    /**
     * Counts over checked rows ({@link FileRows#CHECKED}), what the cross-document step added to them
     * ({@link FinishGroup#ADDED} rows, when it ran) and the per-rule counts of all their findings.
     */
    public static RunSummary of(Dataset<Row> checked, Optional<Dataset<Row>> added, List<Row> rules) {
        Row totals = checked.agg(count(lit(1)),
                counted(size(col("errors")).gt(0)),
                counted(size(col("errors")).equalTo(0).and(col("format").isNull()).and(size(col("notices")).gt(0))),
                sum(col("suppressed"))).first();
        long hidden = added.map(rows -> rows.agg(sum(col("addedSuppressed"))).first())
                .map(row -> row.isNullAt(0) ? 0L : row.getLong(0)).orElse(0L);
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long fixable = 0;
        boolean ruleFailed = false;
        for (Row rule : rules) {
            errors += rule.getLong(1);
            warnings += rule.getLong(2);
            infos += rule.getLong(3);
            fixable += rule.getLong(4);
            ruleFailed |= rule.getString(0).equals(EngineRules.INTERNAL_ERROR);
        }
        long unreadable = totals.getLong(1);
        Summary summary = new Summary(Math.toIntExact(totals.getLong(0)), Math.toIntExact(errors),
                Math.toIntExact(warnings), Math.toIntExact(infos), Math.toIntExact(fixable),
                Math.toIntExact((totals.isNullAt(3) ? 0 : totals.getLong(3)) + hidden), Math.toIntExact(unreadable),
                Math.toIntExact(totals.getLong(2)));
        return new RunSummary(rules, summary, unreadable > 0 || ruleFailed);
    }

    /** The table and the totals line, as the job prints them. */
    public void print(PrintStream out) {
        if (!byRule.isEmpty()) {
            out.println(String.format(Locale.ROOT, "%-32s %8s %8s %8s %8s", "rule", "errors", "warnings", "infos",
                    "fixable"));
            for (Row rule : byRule) {
                out.println(String.format(Locale.ROOT, "%-32s %8d %8d %8d %8d", rule.getString(0), rule.getLong(1),
                        rule.getLong(2), rule.getLong(3), rule.getLong(4)));
            }
        }
        out.println(String.format(Locale.ROOT,
                "%d files: %d errors, %d warnings, %d infos (%d fixable), %d suppressed, %d unreadable, %d skipped",
                summary.files(), summary.errors(), summary.warnings(), summary.infos(), summary.fixable(),
                summary.suppressed(), summary.unreadable(), summary.skipped()));
    }

    private static Column counted(Column condition) {
        return sum(when(condition, 1L).otherwise(0L));
    }
}
