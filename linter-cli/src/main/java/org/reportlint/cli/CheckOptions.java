package org.reportlint.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code check}, shared by {@code reportlint check ...} and the bare {@code reportlint ...}. */
public final class CheckOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files and folders to lint (default: .); '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FMT[=FILE]",
            description = "Report format (default: text; see Formats below), with =FILE written to FILE. "
                    + "Repeatable; only one may go to standard output, and none does when every -f has a FILE. "
                    + "Missing folders of FILE are created.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output-file"}, paramLabel = "FILE",
            description = "Write the report meant for standard output (the -f without =FILE, or text) to FILE.")
    String outputFile;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest severity that fails the run: error (default), warning, info or never.")
    String failOn;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Also fail when there are more than N warnings (default: no limit); counts warnings "
                    + "even under --quiet.")
    int maxWarnings;

    @Option(names = "--min-score", paramLabel = "N",
            description = "Also fail (exit 1) when any document's quality score (0-100, docs/scoring.md) is below N; "
                    + "each such document is named on standard error.")
    Integer minScore;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Lint only files that differ from this git ref (committed, staged or not) and untracked "
                    + "files that are not ignored, among those the paths select; needs git on the PATH.")
    String changedSince;

    @Option(names = "--compare-to", paramLabel = "OLD.json",
            description = "The Markdown scorecard counts findings new and resolved since this earlier JSON report.")
    String compareTo;

    @Option(names = "--link-base", paramLabel = "URL",
            description = "Prefix of the Markdown scorecard's links to lines (e.g. https://github.com/o/r/blob/SHA/); "
                    + "default: links relative to the working directory.")
    String linkBase;

    @Option(names = {"-q", "--quiet"},
            description = "Report errors only: warnings and infos are neither reported nor counted by --fail-on.")
    boolean quiet;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Use this configuration file instead of discovering .reportlint.json files.")
    String config;

    @Option(names = "--pack-path", paramLabel = "PATH",
            description = "A jar or folder holding rule packs (reportlint-pack/NAME/reportlint.json) that \"extends\": "
                    + "\"pack:NAME\" can name, besides those on the class path (REPORTLINT_CLASSPATH); repeatable.")
    List<String> packPaths = new ArrayList<>();

    @Option(names = "--fix", description = "Apply safe fixes in place, then report what remains.")
    boolean fix;

    @Option(names = "--fix-dry-run", description = "Print the safe fixes as a unified diff; write nothing.")
    boolean fixDryRun;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not recorded in this baseline file.")
    String baseline;

    @Option(names = "--update-baseline",
            description = "Record the current findings in the --baseline file (pruning entries that no longer match).")
    boolean updateBaseline;

    @Option(names = "--print-config", paramLabel = "FILE",
            description = "Print the configuration that applies to FILE, and exit.")
    String printConfig;

    @Option(names = "--stats", description = "Print files, bytes, throughput, parse and per-rule timing on stderr.")
    boolean stats;

    @Option(names = "--cache",
            description = "Replay the findings of files unchanged since the last --cache run (same bytes, settings, "
                    + "rules and reportlint version); not used by --fix and --fix-dry-run.")
    boolean cache;

    @Option(names = "--cache-location", paramLabel = "PATH",
            description = "Cache file, or folder to keep .reportlintcache in (default: .reportlintcache in the "
                    + "working directory); only with --cache.")
    String cacheLocation;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files linted in parallel (default: the number of processors).")
    Integer threads;

    // No picocli default: a name given without '-' among the paths is a mistake worth saying, which a default
    // would hide.
    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name that standard input ('-') is reported, configured and format-detected by "
                    + "(default: <stdin>).")
    String stdinFilename;

    @Option(names = "--color", negatable = true,
            description = "Color the text report (default: when standard output is a terminal and NO_COLOR is "
                    + "unset, or when FORCE_COLOR is set and not 0).")
    Boolean color;

    @Option(names = "--follow-symlinks",
            description = "Follow symbolic links to folders outside the folder being walked (default: skip them).")
    boolean followSymlinks;

    @Option(names = "--no-error-on-unmatched-pattern",
            description = "A path or glob that gives no file to lint is not an error (by default it is: exit 2).")
    boolean noErrorOnUnmatched;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Lint only shard K of N (balanced by size, the same on every machine) and record in the "
                    + "JSON report what 'reportlint merge' needs; see 'reportlint merge --help'.")
    String shard;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    private final List<RuleOverride> ruleOverrides = new ArrayList<>();
    private int rulesSeen;
    private int disablesSeen;

    /** The {@code --rule} and {@code --disable} options in the order they were given: a later one wins. */
    List<RuleOverride> ruleOverrides() {
        return List.copyOf(ruleOverrides);
    }

    // Picocli hands a multi-value option setter the whole list so far, once per occurrence; taking the newest value
    // each time keeps --rule and --disable in command-line order, which two separate list fields would lose.
    @Option(names = "--rule", paramLabel = "ID[=LEVEL]",
            description = "Enable a rule or set its level (off, info, warning, error; default: its own). Repeatable.")
    void rule(List<String> values) {
        rulesSeen = record(values, rulesSeen, false);
    }

    @Option(names = "--disable", paramLabel = "ID", description = "Turn a rule off. Repeatable.")
    void disable(List<String> values) {
        disablesSeen = record(values, disablesSeen, true);
    }

    private int record(List<String> values, int seen, boolean disable) {
        if (values.isEmpty()) {
            ruleOverrides.removeIf(o -> o.disable() == disable);
            return 0;
        }
        for (int i = seen; i < values.size(); i++) {
            ruleOverrides.add(new RuleOverride(values.get(i), disable));
        }
        return values.size();
    }
}
