package org.reportlint.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.Summary;

/**
 * The totals of a Spark run: per rule, how many findings of each severity and how many fixable (also a dataset the
 * job writes), and the run's {@link Summary}, counted as the CLI counts a run, with the first unreadable files.
 * They take one Spark job: each partition of the file rows and of the cross-document additions is counted on its
 * executor ({@link RunCounts}) and the counts are summed on the driver. A query per total would bring its own
 * planning, code generation, shuffle and tasks, which at 10,000 reports cost more than the counting.
 *
 * @param byRule rows of {@link #BY_RULE} in rule order
 * @param summary the totals
 * @param incomplete whether a file could not be read or a rule failed on one
 * @param unreadableFiles "path: first error" of the first unreadable files, in file order
 */
public record RunSummary(List<Row> byRule, Summary summary, boolean incomplete, List<String> unreadableFiles) {

    /** The per-rule counts: {@code (rule, errors, warnings, infos, fixable)}. */
    public static final StructType BY_RULE = new StructType()
            .add("rule", DataTypes.StringType, false)
            .add("errors", DataTypes.LongType, false)
            .add("warnings", DataTypes.LongType, false)
            .add("infos", DataTypes.LongType, false)
            .add("fixable", DataTypes.LongType, false);

    /** What is counted of a file row or an addition: only the columns the totals read. */
    static final StructType COUNTED = new StructType()
            .add("isFile", DataTypes.BooleanType, false)
            .add("path", DataTypes.StringType, false)
            .add("format", DataTypes.StringType, true)
            .add("errors", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("notices", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("suppressed", DataTypes.IntegerType, false)
            .add("rules", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("severities", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("fixes", DataTypes.createArrayType(DataTypes.BooleanType, false), false);
    static final int IS_FILE = COUNTED.fieldIndex("isFile");
    static final int PATH = COUNTED.fieldIndex("path");
    static final int FORMAT = COUNTED.fieldIndex("format");
    static final int ERRORS = COUNTED.fieldIndex("errors");
    static final int NOTICES = COUNTED.fieldIndex("notices");
    static final int SUPPRESSED = COUNTED.fieldIndex("suppressed");
    static final int RULES = COUNTED.fieldIndex("rules");
    static final int SEVERITIES = COUNTED.fieldIndex("severities");
    static final int FIXES = COUNTED.fieldIndex("fixes");

    /**
     * The totals of {@code checked} rows ({@link FileRows#CHECKED}) and of what the cross-document step added to them
     * ({@link FinishGroup#ADDED} rows, when it ran), naming at most {@code shownErrors} unreadable files.
     */
    public static RunSummary of(Dataset<Row> checked, Optional<Dataset<Row>> added, int shownErrors) {
        Dataset<Row> counted = countedFiles(checked);
        if (added.isPresent()) {
            counted = counted.union(countedAdditions(added.get()));
        }
        RunCounts counts = RunCounts.sum(counted.mapPartitions(RunCounts.perPartition(shownErrors),
                Encoders.javaSerialization(RunCounts.class)).collectAsList(), shownErrors);
        List<Row> rules = counts.ruleRows();
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        long fixable = 0;
        for (Row rule : rules) {
            errors += rule.getLong(1);
            warnings += rule.getLong(2);
            infos += rule.getLong(3);
            fixable += rule.getLong(4);
        }
        Summary summary = new Summary(Math.toIntExact(counts.files), Math.toIntExact(errors),
                Math.toIntExact(warnings), Math.toIntExact(infos), Math.toIntExact(fixable),
                Math.toIntExact(counts.suppressed), Math.toIntExact(counts.unreadable), Math.toIntExact(counts.skipped));
        boolean ruleFailed = counts.byRule.containsKey(EngineRules.INTERNAL_ERROR);
        return new RunSummary(rules, summary, counts.unreadable > 0 || ruleFailed, counts.unreadableFiles);
    }

    /** File rows projected to {@link #COUNTED}. */
    private static Dataset<Row> countedFiles(Dataset<Row> checked) {
        return checked.select(lit(true).as("isFile"), col("path"), col("format"), col("errors"), col("notices"),
                col("suppressed"), rules("findings"), severities("findings"), fixes("findings"));
    }

    /** Additions projected to {@link #COUNTED}: findings and hidden ones of a file counted already. */
    private static Dataset<Row> countedAdditions(Dataset<Row> added) {
        Column noTexts = functions.array().cast(DataTypes.createArrayType(DataTypes.StringType, false));
        return added.select(lit(false).as("isFile"), col("addedPath").as("path"),
                lit(null).cast(DataTypes.StringType).as("format"), noTexts.as("errors"), noTexts.as("notices"),
                col("addedSuppressed").as("suppressed"), rules("addedFindings"), severities("addedFindings"),
                fixes("addedFindings"));
    }

    private static Column rules(String findings) {
        return col(findings + ".rule").as("rules");
    }

    private static Column severities(String findings) {
        return col(findings + ".severity").as("severities");
    }

    /** Whether each finding of the array column {@code findings} has a fix. */
    private static Column fixes(String findings) {
        return functions.transform(col(findings), finding -> finding.getField("fix").isNotNull()).as("fixes");
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
}
