package org.reportlint.core.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.Baseline;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.config.ConfigSource;
import org.reportlint.core.config.ConfiguredGroups;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.files.CollectedFiles;
import org.reportlint.core.files.CommandLineGlob;
import org.reportlint.core.files.FileCollector;
import org.reportlint.core.files.FolderSelection;
import org.reportlint.core.files.MissingPathException;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.result.ResultSink;
import org.reportlint.core.result.Summary;
import org.reportlint.core.shard.ShardRun;
import org.reportlint.core.source.SourceInput;

/**
 * Runs a lint request: checks everything it can before touching any file (rule ids, configuration, baseline,
 * paths), collects the files, lints or fixes them, applies the baseline, hands the results to a sink and decides
 * the exit code. Front ends only build the request and report the results and the outcome.
 */
public final class LintRunner {
    private final RuleRegistry registry;
    private final Linter linter;

    public LintRunner(RuleRegistry registry) {
        this(registry, new Linter());
    }

    public LintRunner(RuleRegistry registry, Linter linter) {
        this.registry = registry;
        this.linter = linter;
    }

    /**
     * Lints what the request names and hands each file's final result to {@code sink} in path order, each as soon as
     * it and every earlier path are done, so a front end can write its reports while the run goes on.
     *
     * <p>Some steps need every result before any is final, and then the results reach the sink only at the end:
     * {@code --update-baseline} (the new baseline must be written before findings are reported as accepted) and
     * fixing (the fixes of all files are applied first). The totals of a streamed run are counted as results pass,
     * and baseline entries that matched nothing are known at the end.
     *
     * @throws UsageException for an unknown rule id, invalid configuration or baseline, or a path that does not
     *     exist; nothing was linted then. Also when the baseline cannot be written; nothing reached the sink then.
     */
    public LintOutcome run(LintRequest request, ResultSink sink) throws UsageException {
        for (String id : request.ruleSettings().keySet()) {
            requireKnownRule(registry, id);
        }
        ConfigResolver resolver = resolver(request);
        Optional<Path> baselineFile = request.baseline().map(request.baseDirectory()::resolve);
        boolean update = request.updateBaseline();
        if (update && baselineFile.isEmpty()) {
            throw new UsageException("--update-baseline needs --baseline FILE");
        }
        Optional<Baseline> baseline = baselineFile.isPresent()
                ? BaselineStep.load(baselineFile.get(), update) : Optional.empty();
        CollectedFiles collected = collect(request, resolver);
        List<SourceInput> inputs = new ArrayList<>(collected.inputs());
        if (request.onlyFiles().isPresent()) {
            // Standard input is not a file that can have changed; it is linted whenever it is given.
            inputs.removeIf(input -> input.file().isEmpty()
                    || !request.onlyFiles().get().test(input.file().get().toAbsolutePath().normalize()));
        }
        request.stdin().ifPresent(inputs::add);
        // Results come out in input order, and reports list files by path: the walk sorts its files, stdin joins by
        // its name.
        inputs.sort(Comparator.comparing(SourceInput::path));
        RuleSets rules = RuleSets.resolve(resolver, inputs, request.baseDirectory(), request.fallbackCharset());

        List<FileResult> uncollected = new ArrayList<>();
        collected.failures().forEach(failure -> uncollected.add(FileResult.unreadable(failure.path(), failure.reason())));
        collected.skipped().forEach(skip -> uncollected.add(FileResult.skipped(skip.path(), skip.notice())));
        List<FileResult> unlinted = uncollected;
        Linter engine = linter.comparingWithinGroups(groups(resolver, request.baseDirectory())::configuredGroupOf);
        if (request.shard().isPresent()) {
            // After the whole walk and configuration, so every shard sees the same files and the same mistakes.
            ShardRun.Selection mine = request.shard().get().select(inputs, uncollected);
            inputs = new ArrayList<>(mine.inputs());
            unlinted = mine.uncollected();
            engine = engine.deferringCrossDocuments(request.shard().get()::pending);
        }
        Delivery delivery = new Delivery(unlinted, sink);
        if (!update) {
            baseline.ifPresent(accepted -> delivery.baseline(accepted.matching()));
        }
        ResultCollector held = new ResultCollector();
        ResultSink linted = update ? held : delivery;
        Optional<LintOutcome.FixReport> fixes = Optional.empty();
        if (request.fixMode() == FixMode.NONE) {
            engine.lint(inputs, rules::forInput, request.threads(), linted);
        } else {
            FixStep.Outcome fixed = new FixStep(engine, rules, request.fixMode()).run(inputs, request.threads());
            fixed.results().forEach(linted::accept);
            fixes = Optional.of(fixed.report());
        }
        if (update) {
            // Everything found is now accepted; the run reports what the new baseline does not cover (nothing).
            delivery.baseline(BaselineStep.record(baselineFile.get(), held.result()).matching());
            held.files().forEach(delivery::accept);
        }
        delivery.finish();
        Summary summary = delivery.summary();
        return new LintOutcome(summary, request.failPolicy().exitCode(summary, delivery.incomplete()), fixes,
                update ? List.of() : delivery.prunable(), update ? baselineFile : Optional.empty(),
                rules.declaredRules());
    }

    /**
     * The {@code groups} of the configuration where the run is, which reports total by and cross-document rules
     * compare within; the configuration was read without error by {@link #collect} already.
     */
    private static DocumentGroups groups(ConfigResolver resolver, Path baseDirectory) throws UsageException {
        try {
            return ConfiguredGroups.of(resolver.chainFor(baseDirectory), baseDirectory);
        } catch (ConfigException invalid) {
            throw new UsageException(invalid.getMessage());
        }
    }

    private ConfigResolver resolver(LintRequest request) throws UsageException {
        Optional<Path> explicit = request.configFile().map(request.baseDirectory()::resolve);
        if (explicit.isPresent() && !Files.isRegularFile(explicit.get())) {
            throw new UsageException("no such config file: " + request.configFile().get());
        }
        Optional<ConfigSource> source = explicit.map(ConfigSource::file).or(request::configSource);
        return request.rulePacks().isPresent()
                ? new ConfigResolver(registry, request.ruleSettings(), request.baseDirectory(), source,
                        request.rulePacks().get())
                : new ConfigResolver(registry, request.ruleSettings(), request.baseDirectory(), source);
    }

    /**
     * Walks the paths with the request's globs, else in each folder those of the nearest config that has them,
     * relative to that config's folder, else the defaults.
     */
    private CollectedFiles collect(LintRequest request, ConfigResolver resolver) throws UsageException {
        try {
            // An invalid config at the base directory is reported even when no walk reads it.
            resolver.chainFor(request.baseDirectory());
        } catch (ConfigException invalid) {
            throw new UsageException(invalid.getMessage());
        }
        ConfiguredSelection selection = new ConfiguredSelection(resolver, request.includes(), request.excludes());
        CollectedFiles collected;
        try {
            collected = new FileCollector(request.baseDirectory(), selection, request.followSymlinks())
                    .collect(request.paths());
        } catch (MissingPathException missing) {
            throw new UsageException(missing.getMessage());
        } catch (FolderSelection.InvalidSelectionException invalid) {
            throw new UsageException(invalid.getMessage());
        }
        if (request.errorOnUnmatched() && !collected.unmatched().isEmpty()) {
            // A typo in a glob or an include that matches nothing would otherwise pass CI with "0 files".
            String path = collected.unmatched().get(0);
            String why = CommandLineGlob.isGlob(path) ? "no file matches \"" + path + "\""
                    : "nothing to lint in \"" + path + "\": no file there matches the include globs ("
                    + String.join(", ", selection.includesAt(request.baseDirectory().resolve(path))) + ")";
            // Neutral: each front end says how to allow it in its own terms (a flag, a parameter).
            throw new UnmatchedPathException(path, why);
        }
        return collected;
    }

    /** Fails with a message that suggests the nearest id when {@code id} is not a rule of the registry. */
    public static void requireKnownRule(RuleRegistry registry, String id) throws UsageException {
        if (registry.metadata(id).isEmpty()) {
            throw UsageException.unknownRule(id, registry.suggest(id));
        }
    }
}
