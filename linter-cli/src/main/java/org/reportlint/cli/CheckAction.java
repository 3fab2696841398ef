package org.reportlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.BaselineEntry;
import org.reportlint.core.engine.EngineRules;
import org.reportlint.core.engine.LintStats;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.engine.FileResult;
import org.reportlint.core.engine.Finding;
import org.reportlint.core.engine.LintResult;
import org.reportlint.core.engine.RuleRegistry;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.OutputFormat;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.run.FixMode;
import org.reportlint.core.run.LintOutcome;
import org.reportlint.core.run.LintRequest;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.run.UsageException;

/**
 * What {@code check} does: turns the options into a lint request, runs it, writes the reports and says on standard
 * error what could not be linted.
 */
final class CheckAction {
    private static final String STDIN = "-";

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
        try {
            RuleRegistry registry = Rules.load(environment);
            if (options.printConfig != null) {
                return new PrintConfig(environment, out).print(options, registry);
            }
            List<FormatTarget> targets = targets(options.formats);
            LintStats stats = new LintStats();
            long start = System.nanoTime();
            LintOutcome outcome = new LintRunner(registry, new Linter(options.stats ? stats : null))
                    .run(request(options, registry));
            reportProblems(outcome.result());
            reportFixesAndBaseline(outcome);
            boolean color = options.color != null ? options.color : environment.terminal();
            outcome.fixes().filter(f -> !f.diff().isEmpty()).ifPresent(f -> {
                out.print(f.diff());
                out.flush();
            });
            writeReports(targets, outcome.result(), FormatContext.of(ToolVersion.get(), color, registry));
            if (options.stats) {
                err.print(StatsReport.format(stats, System.nanoTime() - start));
                err.flush();
            }
            return outcome.exitCode();
        } catch (UsageException usage) {
            return CommandErrors.usage(err, usage);
        } catch (StdinException unreadable) {
            err.println("reportlint: cannot read standard input: " + unreadable.getMessage());
            err.flush();
            return FailPolicy.EXIT_INCOMPLETE;
        }
    }

    private LintRequest request(CheckOptions options, RuleRegistry registry) throws UsageException, StdinException {
        LintRequest.Builder request = LintRequest.builder()
                .baseDirectory(environment.workingDirectory())
                .failPolicy(failPolicy(options));
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
        request.fixMode(options.fix ? FixMode.APPLY : options.fixDryRun ? FixMode.DRY_RUN : FixMode.NONE);
        if (options.config != null) {
            request.configFile(Path.of(options.config));
        }
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
            request.stdin(readStdin(), options.stdinFilename);
        }
        return request.build();
    }

    private byte[] readStdin() throws StdinException {
        try (InputStream in = environment.stdin().get()) {
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new StdinException(reason(failure));
        }
    }

    private static FailPolicy failPolicy(CheckOptions options) throws UsageException {
        Optional<Optional<Severity>> failOn = FailPolicy.parseLevel(options.failOn);
        if (failOn.isEmpty()) {
            throw new UsageException("invalid --fail-on level \"" + options.failOn
                    + "\" (use error, warning, info or never)");
        }
        if (options.maxWarnings < -1) {
            throw new UsageException("--max-warnings must be 0 or more (or -1 for no limit), not " + options.maxWarnings);
        }
        return new FailPolicy(failOn.get(), options.maxWarnings);
    }

    private static List<FormatTarget> targets(List<String> formats) throws UsageException {
        List<FormatTarget> targets = new ArrayList<>();
        for (String format : formats) {
            targets.add(FormatTarget.parse(format));
        }
        if (targets.stream().noneMatch(t -> t.file().isEmpty())) {
            targets.add(new FormatTarget(OutputFormat.TEXT, Optional.empty()));
        }
        if (targets.stream().filter(t -> t.file().isEmpty()).count() > 1) {
            throw new UsageException("only one format can go to standard output; write the others to files "
                    + "with FMT=FILE");
        }
        return targets;
    }

    /** One line on standard error for each file that could not be linted, each rule that failed, each skip. */
    private void reportProblems(LintResult result) {
        for (FileResult file : result.files()) {
            file.errors().forEach(error -> err.println("reportlint: " + file.path() + ": " + error));
            file.notices().forEach(notice -> err.println("reportlint: " + notice + ": " + file.path()));
            for (Finding finding : file.findings()) {
                if (finding.rule().equals(EngineRules.INTERNAL_ERROR)) {
                    err.println("reportlint: " + file.path() + ": " + finding.message());
                }
            }
        }
        err.flush();
    }

    /** One line on standard error for what fixing did and for baseline entries that no longer match. */
    private void reportFixesAndBaseline(LintOutcome outcome) {
        outcome.fixes().ifPresent(fixes -> {
            if (fixes.diff().isEmpty()) {
                err.println("reportlint: fixed " + plural(fixes.fixesApplied(), "problem") + " in "
                        + plural(fixes.filesChanged(), "file"));
            }
        });
        for (BaselineEntry entry : outcome.prunable()) {
            err.println("reportlint: baseline entry no longer matches: " + entry.path() + " " + entry.rule()
                    + " \"" + entry.message() + "\"" + (entry.count() > 1 ? " (x" + entry.count() + ")" : ""));
        }
        if (!outcome.prunable().isEmpty()) {
            err.println("reportlint: " + plural(outcome.prunable().size(), "baseline entry", "baseline entries")
                    + " can be pruned: run with --update-baseline");
        }
        outcome.baselineWritten().ifPresent(file -> err.println("reportlint: wrote baseline " + file));
        err.flush();
    }

    private static String plural(int count, String noun) {
        return plural(count, noun, noun + "s");
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** Writes the report files first, so that a file that cannot be written stops the run before stdout is used. */
    private void writeReports(List<FormatTarget> targets, LintResult result, FormatContext terminal)
            throws UsageException {
        FormatContext file = new FormatContext(terminal.toolVersion(), false, terminal.rules());
        for (FormatTarget target : targets) {
            if (target.file().isPresent()) {
                Path path = environment.workingDirectory().resolve(target.file().get());
                try {
                    try (java.io.Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                        target.format().create(file).write(result, writer);
                    }
                } catch (IOException failure) {
                    throw new UsageException("cannot write " + target.file().get() + ": " + reason(failure));
                }
            }
        }
        for (FormatTarget target : targets) {
            if (target.file().isEmpty()) {
                try {
                    target.format().create(terminal).write(result, out);
                } catch (IOException failure) {
                    throw new UsageException("cannot write the report: " + reason(failure));
                }
                out.flush();
            }
        }
    }

    /** A one-line reason for an I/O failure, without the stack of exception class names. */
    private static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** Standard input could not be read; the message is the reason. */
    private static final class StdinException extends Exception {
        StdinException(String reason) {
            super(reason, null, false, false);
        }
    }
}
