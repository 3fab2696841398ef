package org.reportlint.spark;

import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.reportlint.spark.internal.CheckPartition;
import org.reportlint.spark.internal.CrossDocumentStep;
import org.reportlint.spark.internal.FileRows;
import org.reportlint.spark.internal.JvmRules;
import org.reportlint.spark.internal.MissingRules;

/**
 * reportlint for pipelines that hold their documents in a Spark {@code Dataset}: the rules, configuration and
 * findings of {@code reportlint check}, each partition linted on its executor by the same engine.
 *
 * <p>The documents are rows with a {@code path} (string, how findings name the document; also what config globs
 * match) and a {@code content} (binary, decoded as the CLI decodes a file: BOM, declared charset, else UTF-8; or a
 * string, written out as UTF-8 first). Other columns are ignored. Binary content (images, archives) is skipped with a
 * notice, as a folder walk of the CLI skips it.
 *
 * <p>When a cross-document rule is enabled, its values are collected on the executors, shuffled by config group and
 * finished there, and the findings joined back to their documents: the checked documents are persisted, since that
 * step reads them twice. Nothing runs before the result is used.
 */
public final class ReportLint {

    private ReportLint() {
    }

    /** One row per finding, in the columns of {@link LintSchema#FINDINGS}. */
    public static Dataset<Row> lint(Dataset<Row> documents, LintConfig config) {
        return findings(lintFiles(documents, config));
    }

    /** One row per document, in the columns of {@link LintSchema#FILES}: its findings, errors and notices. */
    public static Dataset<Row> lintFiles(Dataset<Row> documents, LintConfig config) {
        return run(documents, functions.col("path"), config).files();
    }

    /** The findings of file rows from {@link #lintFiles}, one row each. */
    public static Dataset<Row> findings(Dataset<Row> files) {
        return files.select(functions.col("path"), functions.explode(functions.col("findings")).as("finding"))
                .select(functions.col("path"), functions.col("finding.*"));
    }

    /**
     * Lints {@code documents}, matching config globs against {@code configPath}.
     *
     * @throws IllegalArgumentException when the documents have no {@code path} or {@code content} column of a usable
     *     type
     */
    static CrossDocumentStep.Outcome run(Dataset<Row> documents, Column configPath, LintConfig config) {
        Dataset<Row> checked = check(documents, configPath, config);
        if (!hasCrossDocumentRules(config)) {
            return new CrossDocumentStep.Outcome(checked.drop("pending", "group"), new MissingRules(),
                    Optional.empty());
        }
        return CrossDocumentStep.run(checked.persist(StorageLevel.MEMORY_AND_DISK()), groupKeys(config));
    }

    /**
     * Each document linted on its own, as rows of {@link FileRows#CHECKED} (lazy), matching config globs against
     * {@code configPath}: the first step of {@link #run}.
     *
     * @throws IllegalArgumentException when the documents have no {@code path} or {@code content} column of a usable
     *     type
     */
    static Dataset<Row> check(Dataset<Row> documents, Column configPath, LintConfig config) {
        requireColumn(documents, "path", DataTypes.StringType);
        requireColumn(documents, "content", DataTypes.BinaryType, DataTypes.StringType);
        return documents.select(functions.col("path"), configPath.as("configPath"), functions.col("content"))
                .mapPartitions(new CheckPartition(config), Encoders.row(FileRows.CHECKED));
    }

    static boolean hasCrossDocumentRules(LintConfig config) {
        return !driverRules(config).rules().crossDocumentRules().isEmpty();
    }

    /** How many keys the cross-document step groups files by: each group the config names, and no group. */
    static int groupKeys(LintConfig config) {
        return driverRules(config).groupNames().size() + 1;
    }

    private static JvmRules driverRules(LintConfig config) {
        try {
            return JvmRules.of(config);
        } catch (LintConfigException invalid) {
            throw new IllegalStateException(invalid.getMessage()); // checked when the config was made
        }
    }

    private static void requireColumn(Dataset<Row> documents, String name, DataType... types) {
        if (!Arrays.asList(documents.columns()).contains(name)) {
            throw new IllegalArgumentException("the documents have no \"" + name + "\" column (columns: "
                    + String.join(", ", documents.columns()) + ")");
        }
        DataType type = documents.schema().apply(name).dataType();
        if (Arrays.stream(types).noneMatch(type::equals)) {
            throw new IllegalArgumentException("the \"" + name + "\" column is " + type.simpleString() + ", not "
                    + String.join(" or ", Arrays.stream(types).map(DataType::simpleString).toList()));
        }
    }
}
