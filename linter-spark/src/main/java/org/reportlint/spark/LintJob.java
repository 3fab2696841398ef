package org.reportlint.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.files.FileCollector;
import org.reportlint.spark.internal.CrossDocumentStep;
import org.reportlint.spark.internal.DocumentSplits;
import org.reportlint.spark.internal.InputFolders;
import org.reportlint.spark.internal.JobOptions;
import org.reportlint.spark.internal.RunSummary;

/**
 * The Spark job: lints every document under the given paths with the CLI's rules and configuration, writes the
 * findings ({@code DIR/findings}) and the counts per rule ({@code DIR/summary}) as Parquet or JSON Lines, prints the
 * counts, and exits with the CLI's exit codes. Run it with {@code spark-submit --class org.reportlint.spark.LintJob};
 * started without a master (plain {@code java}), it runs in {@code local[*]}.
 */
public final class LintJob {
    private static final String NAME = "reportlint-spark";
    /** How many unreadable files are named on the console; all of them are in the file results. */
    private static final int SHOWN_ERRORS = 20;

    private LintJob() {
    }

    public static void main(String[] args) {
        SparkSession[] session = new SparkSession[1];
        int code = run(args, System.out, System.err, () -> {
            session[0] = session();
            return session[0];
        });
        if (session[0] != null) {
            session[0].stop();
        }
        System.exit(code);
    }

    /** Runs the job on the session {@code spark} gives (made only once the arguments are valid); the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Supplier<SparkSession> spark) {
        JobOptions options;
        LintConfig config;
        try {
            Optional<JobOptions> parsed = JobOptions.parse(args);
            if (parsed.isEmpty()) {
                out.println(JobOptions.USAGE);
                return FailPolicy.EXIT_OK;
            }
            options = parsed.get();
            config = config(options);
        } catch (IllegalArgumentException | LintConfigException invalid) {
            err.println(NAME + ": " + invalid.getMessage());
            err.println("Try --help for the options.");
            return FailPolicy.EXIT_USAGE;
        }
        SparkSession session = spark.get();
        DocumentSplits splits = DocumentSplits.apply(session);
        try {
            return lint(session, options, config, out, err);
        } catch (InputFolders.InputException | IOException | IllegalArgumentException failed) {
            err.println(NAME + ": " + failed.getMessage());
            return FailPolicy.EXIT_USAGE;
        } catch (RuntimeException failed) {
            // Spark's own failures (a lost executor, storage that refuses a write) are in its log in full.
            err.println(NAME + ": the Spark job failed: " + firstLine(failed) + " (Spark's log has the details)");
            return FailPolicy.EXIT_INCOMPLETE;
        } finally {
            splits.restore();
        }
    }

    private static int lint(SparkSession spark, JobOptions options, LintConfig config, PrintStream out,
                            PrintStream err) throws InputFolders.InputException, IOException {
        org.apache.hadoop.fs.Path output = new org.apache.hadoop.fs.Path(options.output());
        FileSystem fs = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(output) && !options.overwrite()) {
            throw new IllegalArgumentException("output " + options.output() + " exists (use --overwrite to replace it)");
        }
        List<String> includes = !options.includes().isEmpty() ? options.includes()
                : config.include().orElse(FileCollector.DEFAULT_INCLUDES);
        List<String> excludes = !options.excludes().isEmpty() ? options.excludes()
                : config.exclude().orElse(FileCollector.DEFAULT_EXCLUDES);
        Dataset<Row> documents = null;
        for (String input : options.inputs()) {
            Dataset<Row> more = InputFolders.read(spark, input, includes, excludes);
            documents = documents == null ? more : documents.union(more);
        }
        if (options.partitions() > 0) {
            documents = documents.repartition(options.partitions());
        }
        // The job needs findings and counts, not whole file rows: it writes each file's own findings and the
        // cross-document ones side by side, without the join by path that would shuffle every finding.
        Dataset<Row> checked = ReportLint.check(documents, functions.col("relativePath"), config)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Optional<CrossDocumentStep.Additions> additions = ReportLint.hasCrossDocumentRules(config)
                ? Optional.of(CrossDocumentStep.additions(checked, ReportLint.groupKeys(config)).persisted()) : Optional.empty();
        try {
            Dataset<Row> findings = ReportLint.findings(checked);
            if (additions.isPresent()) {
                findings = findings.union(additions.get().findings());
            }
            SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            findings.write().mode(mode).format(options.format()).save(options.output() + "/findings");
            RunSummary summary = RunSummary.of(checked, additions.map(CrossDocumentStep.Additions::rows), SHOWN_ERRORS);
            spark.createDataFrame(summary.byRule(), RunSummary.BY_RULE).coalesce(1).write().mode(mode)
                    .format(options.format()).save(options.output() + "/summary");
            summary.print(out);
            summary.unreadableFiles().forEach(err::println);
            // Complete: the additions were computed for the writes.
            Set<String> missing = additions.map(added -> added.missing().value()).orElse(Set.of());
            if (!missing.isEmpty()) {
                err.println(NAME + ": no findings of " + String.join(", ", missing)
                        + ": cross-document rules without a codec cannot collect across executors");
            }
            return options.failPolicy().exitCode(summary.summary(), summary.incomplete()
                    || !missing.isEmpty());
        } finally {
            additions.ifPresent(added -> added.rows().unpersist());
            checked.unpersist();
        }
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static LintConfig config(JobOptions options) throws LintConfigException {
        LintConfig config = options.config().isPresent()
                ? LintConfig.fromFile(Path.of(options.config().get())) : LintConfig.recommended();
        for (String[] rule : options.rules()) {
            config = config.withRule(rule[0], rule[1]);
        }
        return config;
    }

    /** The session of spark-submit, with {@link #defaults(SparkConf)} for what it leaves unset. */
    private static SparkSession session() {
        return SparkSession.builder().appName(NAME).config(defaults(new SparkConf())).getOrCreate();
    }

    /**
     * The settings the job chooses when spark-submit (or {@code -Dspark.*}) does not: a local master on every core,
     * and no whole-stage code generation. The job's rows are few and each is heavy (a whole document linted), so
     * compiling generated code for its plans costs more than it saves: on 2,000 reports in local[2] the job used
     * 6-10% less CPU without it (BENCHMARKS.md).
     */
    static SparkConf defaults(SparkConf given) {
        SparkConf conf = given.clone();
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.sql.codegen.wholeStage", "false");
        return conf;
    }
}
