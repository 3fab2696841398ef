package org.reportlint.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.files.Glob;
import org.reportlint.core.rule.Severity;

/**
 * The command line of the Spark job, parsed. Each mistake is a {@link IllegalArgumentException} whose message is the
 * one line to print.
 *
 * @param inputs the folders or files to read, as given (any path Spark reads: local, {@code hdfs://}, {@code s3a://})
 * @param output the folder the findings and the summary are written to
 * @param format {@code parquet} or {@code json} (JSON Lines)
 * @param overwrite whether an existing output folder is replaced
 * @param config the config file, read on the driver
 * @param rules {@code --rule ID[=LEVEL]} and {@code --disable ID} as {@code ID} to level ({@code ""} = default)
 * @param includes globs of files to lint, relative to each input folder; empty to use the config's or the defaults
 * @param excludes globs of files to leave out
 * @param failPolicy when the run fails
 * @param partitions how many partitions to lint in, or 0 for Spark's split of the files
 */
public record JobOptions(List<String> inputs, String output, String format, boolean overwrite,
                         Optional<String> config, List<String[]> rules, List<String> includes,
                         List<String> excludes, FailPolicy failPolicy, int partitions) {

    public static final String USAGE = String.join("\n",
            "usage: spark-submit --class org.reportlint.spark.LintJob reportlint-spark.jar [OPTIONS] PATH...",
            "  PATH                    folder or file to lint: local, hdfs://, s3a://... (recursive)",
            "  --output DIR            where findings/ and summary/ are written (required)",
            "  --output-format FMT     parquet (default) | json (JSON Lines)",
            "  --overwrite             replace DIR when it exists",
            "  -c, --config FILE       .reportlint.json to use (read on the driver); default: recommended preset",
            "  --rule ID[=LEVEL]       enable or re-level a rule (off, info, warning, error); repeatable",
            "  --disable ID            turn a rule off; repeatable",
            "  --include GLOB          files to lint, relative to PATH; repeatable (default: the config's, else",
            "                          **/*.html, **/*.htm, **/*.xhtml, **/*.md, **/*.markdown, **/*.txt)",
            "  --exclude GLOB          files to leave out; repeatable",
            "  --fail-on LEVEL         error (default) | warning | info | never",
            "  --max-warnings N        also fail when warnings exceed N",
            "  --partitions N          lint in N partitions (default: Spark's split of the input)",
            "exit codes: 0 passed, 1 findings fail the run, 2 invalid usage or configuration, 3 a file could not be",
            "read or a rule failed");

    /** Parses the job's arguments; empty when they ask for help. */
    public static Optional<JobOptions> parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String format = "parquet";
        boolean overwrite = false;
        String config = null;
        List<String[]> rules = new ArrayList<>();
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        String failOn = "error";
        int maxWarnings = -1;
        int partitions = 0;
        boolean paths = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (paths || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            switch (name) {
                case "--" -> paths = true;
                case "-h", "--help" -> {
                    return Optional.empty();
                }
                case "--overwrite" -> overwrite = true;
                case "--output" -> output = value(args, value == null ? ++i : i, name, value);
                case "--output-format" -> format = value(args, value == null ? ++i : i, name, value)
                        .toLowerCase(Locale.ROOT);
                case "-c", "--config" -> config = value(args, value == null ? ++i : i, name, value);
                case "--rule", "--disable" -> {
                    String rule = value(args, value == null ? ++i : i, name, value);
                    rules.add(rule(rule, name.equals("--disable")));
                }
                case "--include" -> includes.add(glob(value(args, value == null ? ++i : i, name, value)));
                case "--exclude" -> excludes.add(glob(value(args, value == null ? ++i : i, name, value)));
                case "--fail-on" -> failOn = value(args, value == null ? ++i : i, name, value);
                case "--max-warnings" -> maxWarnings = number(value(args, value == null ? ++i : i, name, value),
                        name, -1);
                case "--partitions" -> partitions = number(value(args, value == null ? ++i : i, name, value),
                        name, 1);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no PATH to lint");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        if (!format.equals("parquet") && !format.equals("json")) {
            throw new IllegalArgumentException("invalid --output-format \"" + format + "\" (use parquet or json)");
        }
        Optional<Optional<Severity>> level = FailPolicy.parseLevel(failOn);
        if (level.isEmpty()) {
            throw new IllegalArgumentException("invalid --fail-on level \"" + failOn
                    + "\" (use error, warning, info or never)");
        }
        return Optional.of(new JobOptions(inputs, output, format, overwrite, Optional.ofNullable(config), rules,
                includes, excludes, new FailPolicy(level.get(), maxWarnings), partitions));
    }

    private static String value(String[] args, int i, String name, String inline) {
        if (inline != null) {
            return inline;
        }
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static String[] rule(String value, boolean disable) {
        int equals = value.indexOf('=');
        String id = (equals < 0 ? value : value.substring(0, equals)).trim();
        if (disable) {
            if (equals >= 0) {
                throw new IllegalArgumentException("--disable takes a rule id without a level: " + value);
            }
            return new String[] {id, "off"};
        }
        return new String[] {id, equals < 0 ? "" : value.substring(equals + 1)};
    }

    private static String glob(String glob) {
        Glob.problem(glob).ifPresent(problem -> {
            throw new IllegalArgumentException("invalid glob \"" + glob + "\": " + problem);
        });
        return glob;
    }

    private static int number(String value, String name, int least) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number < least) {
                throw new IllegalArgumentException(name + " must be at least " + least + ", not " + number);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + " takes a whole number, not \"" + value + "\"");
        }
    }
}
