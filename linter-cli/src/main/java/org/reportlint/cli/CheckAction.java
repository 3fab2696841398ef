package org.reportlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlint.core.cache.LintCache;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfigSource;
import org.reportlint.core.config.RulePacks;
import org.reportlint.core.config.ConfiguredGroups;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.engine.LintStats;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.engine.ScoreGate;
import org.reportlint.core.files.RepositoryRoot;
import org.reportlint.core.compare.SnapshotPrevious;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.ScorecardOptions;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.result.ResultSink;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.run.FixMode;
import org.reportlint.core.run.LintOutcome;
import org.reportlint.core.run.LintRequest;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.run.UsageException;
import org.reportlint.core.shard.ShardRun;

/**
 * What {@code check} does: turns the options into a lint request, runs it, writes the reports as the results arrive
 * and says on standard error what could not be linted.
 */
final class CheckAction {
    private static final String STDIN = "-";
    private static final String DEFAULT_STDIN_NAME = "<stdin>";

    private final CliEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;

    CheckAction(CliEnvironment environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /** Runs the check and returns the exit code. */
    int run(CheckOptions options) {
        return run(options, List.of());
    }

    /** Runs the check given by {@code arguments}, parsed as {@code options}, and returns the exit code. */
    int run(CheckOptions options, List<String> arguments) {
        try {
            RuleRegistry registry = Rules.load(environment);
            if (options.printConfig != null) {
                return new PrintConfig(environment, out).print(options, registry);
            }
            Optional<ShardRun> shard = ShardOption.of(options, registry, environment);
            FormatterRegistry formats = Formats.load(environment);
            if (shard.isPresent()) {
                formats = ShardOption.withShardJson(formats, shard.get(), registry);
            }
            ReportOutput output = ReportOutput.of(options.formats, Optional.ofNullable(options.outputFile), formats,
                            environment.workingDirectory(), out)
                    .withStepSummary(Optional.ofNullable(environment.variables().get("GITHUB_STEP_SUMMARY")), formats);
            LintStats stats = new LintStats();
            long start = System.nanoTime();
            boolean color = ColorChoice.of(options.color, environment);
            // Reports describe declared rules too (SARIF helpUri from their "link"), like registered ones.
            RulePacks packs = PackPath.of(options.packPaths, environment.workingDirectory());
            RuleRegistry described = ConfiguredRules.of(registry, environment, Optional.ofNullable(options.config),
                    packs);
            FormatContext context = new FormatContext(ToolVersion.get(), color, described.allMetadata())
                    .withRepositoryPath(RepositoryRoot.pathOf(environment.workingDirectory()))
                    .withCommand(ReproduceCommand.of(arguments))
                    .withGroups(groups(options, registry, packs))
                    .withScorecard(scorecard(options));
            Optional<LintCache> cache = CacheOption.open(options, environment.workingDirectory(), ToolVersion.get(), err);
            LintRunner runner = new LintRunner(registry, new Linter(options.stats ? stats : null, cache.orElse(null)));
            LintRequest request = request(options, registry, shard);
            QuietFilter quiet = new QuietFilter(options.quiet);
            ScoreGate gate = scoreGate(options);
            LintOutcome outcome;
            if (options.fixDryRun) {
                // The diff goes to standard output before the report, and is complete only at the end.
                ResultCollector collected = new ResultCollector();
                ResultSink reported = quiet.before(judged(gate, collected));
                outcome = runner.run(request, file -> {
                    RunNotices.printProblems(file, err);
                    reported.accept(file);
                });
                RunNotices.printFixesAndBaseline(outcome, err);
                outcome.fixes().filter(f -> !f.diff().isEmpty()).ifPresent(f -> {
                    out.print(f.diff());
                    out.flush();
                });
                output.write(collected.result(), context);
            } else {
                try (ReportOutput.Writing reports = output.start(context)) {
                    ResultSink reported = quiet.before(judged(gate, reports));
                    outcome = runner.run(request, file -> {
                        RunNotices.printProblems(file, err);
                        reported.accept(file);
                    });
                    reports.finish(quiet.summary(outcome));
                }
                RunNotices.printFixesAndBaseline(outcome, err);
            }
            int findingsExitCode = quiet.exitCode(outcome, request.failPolicy());
            RunNotices.printMaxWarnings(outcome.summary(), request.failPolicy(), findingsExitCode, err);
            gate.messages().forEach(line -> err.println("reportlint: " + line));
            err.flush();
            int exitCode = gate.exitCode(findingsExitCode);
            cache.ifPresent(opened -> CacheOption.save(opened, environment.workingDirectory(), err));
            if (options.stats) {
                err.print(StatsReport.format(stats, System.nanoTime() - start));
                cache.ifPresent(opened -> err.println(CacheOption.statsLine(opened)));
                err.flush();
            }
            return exitCode;
        } catch (UsageException usage) {
            return CommandErrors.usage(err, usage);
        } catch (ReportOutput.ReportWriteException unwritable) {
            return CommandErrors.usage(err, new UsageException(unwritable.getMessage()));
        } catch (StdinException unreadable) {
            err.println("reportlint: cannot read standard input: " + unreadable.getMessage());
            err.flush();
            return FailPolicy.EXIT_INCOMPLETE;
        }
    }

    /**
     * The document groups of the configuration that applies where the run is (or of {@code --config}). A config that
     * cannot be read or is invalid gives none here: the run reads the same files and fails on them with exit 2.
     */
    private DocumentGroups groups(CheckOptions options, RuleRegistry registry, RulePacks packs) {
        try {
            ConfigResolver resolver = new ConfigResolver(registry, Map.of(), environment.workingDirectory(),
                    Optional.ofNullable(options.config).map(environment.workingDirectory()::resolve)
                            .map(ConfigSource::file), packs);
            return ConfiguredGroups.of(resolver.chainFor(environment.workingDirectory()),
                    environment.workingDirectory());
        } catch (ConfigException invalid) {
            return DocumentGroups.byFolder();
        }
    }

    /** What {@code --compare-to} and {@code --link-base} tell the Markdown scorecard. */
    private ScorecardOptions scorecard(CheckOptions options) throws UsageException {
        Optional<ScorecardOptions.Previous> previous = Optional.empty();
        if (options.compareTo != null) {
            previous = Optional.of(new SnapshotPrevious(options.compareTo,
                    CompareCommand.read(environment.workingDirectory(), options.compareTo)));
        }
        return new ScorecardOptions(options.linkBase == null ? "" : options.linkBase, previous);
    }

    /** The gate of {@code --min-score}; it judges the results as they are reported (after {@code --quiet}). */
    private static ScoreGate scoreGate(CheckOptions options) throws UsageException {
        if (options.minScore == null) {
            return ScoreGate.none();
        }
        try {
            return ScoreGate.atLeast(options.minScore);
        } catch (IllegalArgumentException invalid) {
            throw new UsageException("--min-score must be 0 to 100, not " + options.minScore);
        }
    }

    private static ResultSink judged(ScoreGate gate, ResultSink next) {
        return file -> {
            gate.add(file);
            next.accept(file);
        };
    }

    private LintRequest request(CheckOptions options, RuleRegistry registry, Optional<ShardRun> shard)
            throws UsageException, StdinException {
        LintRequest.Builder request = LintRequest.builder()
                .baseDirectory(environment.workingDirectory())
                .failPolicy(failPolicy(options))
                .followSymlinks(options.followSymlinks)
                .errorOnUnmatched(!options.noErrorOnUnmatched);
        if (options.threads != null) {
            if (options.threads < 1) {
                throw new UsageException("--threads must be at least 1, not " + options.threads);
            }
            request.threads(options.threads);
        }
        if (options.fix && options.fixDryRun) {
            throw new UsageException("use --fix or --fix-dry-run, not both");
        }
        if (options.fix && options.paths.contains(STDIN)) {
            throw new UsageException("--fix cannot write back to standard input; use --fix-dry-run");
        }
        if (options.updateBaseline && options.baseline == null) {
            throw new UsageException("--update-baseline needs --baseline FILE");
        }
        if (options.stdinFilename != null && !options.paths.contains(STDIN)) {
            throw new UsageException("--stdin-filename names standard input, but '-' is not among the paths");
        }
        shard.ifPresent(request::shard);
        if (options.changedSince != null) {
            request.onlyFiles(ChangedFiles.since(options.changedSince, environment.workingDirectory())::contains);
        }
        request.fixMode(options.fix ? FixMode.APPLY : options.fixDryRun ? FixMode.DRY_RUN : FixMode.NONE);
        if (options.config != null) {
            request.configFile(Path.of(options.config));
        }
        request.rulePacks(PackPath.of(options.packPaths, environment.workingDirectory()));
        if (options.baseline != null) {
            request.baseline(Path.of(options.baseline)).updateBaseline(options.updateBaseline);
        }
        for (RuleOverride override : options.ruleOverrides()) {
            request.rule(override.id(), override.setting(registry));
        }
        List<String> paths = options.paths.stream().filter(p -> !p.equals(STDIN)).toList();
        boolean stdin = options.paths.contains(STDIN);
        request.paths(paths.isEmpty() && !stdin ? List.of(".") : paths);
        if (stdin) {
            request.stdin(readStdin(), options.stdinFilename != null ? options.stdinFilename : DEFAULT_STDIN_NAME);
        }
        return request.build();
    }

    private byte[] readStdin() throws StdinException {
        try (InputStream in = environment.stdin().get()) {
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new StdinException(IoReasons.of(failure));
        }
    }

    private static FailPolicy failPolicy(CheckOptions options) throws UsageException {
        return failPolicy(options.failOn, options.maxWarnings);
    }

    /** The fail policy of {@code --fail-on} and {@code --max-warnings}, shared with {@code merge}. */
    static FailPolicy failPolicy(String level, int maxWarnings) throws UsageException {
        Optional<Optional<Severity>> failOn = FailPolicy.parseLevel(level);
        if (failOn.isEmpty()) {
            throw new UsageException("invalid --fail-on level \"" + level
                    + "\" (use error, warning, info or never)");
        }
        if (maxWarnings < -1) {
            throw new UsageException("--max-warnings must be 0 or more (or -1 for no limit), not " + maxWarnings);
        }
        return new FailPolicy(failOn.get(), maxWarnings);
    }

    /** Standard input could not be read; the message is the reason. */
    private static final class StdinException extends Exception {
        StdinException(String reason) {
            super(reason, null, false, false);
        }
    }
}
