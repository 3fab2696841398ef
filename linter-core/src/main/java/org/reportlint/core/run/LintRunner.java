package org.reportlint.core.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.baseline.Baseline;
import org.reportlint.core.config.ConfigException;
import org.reportlint.core.config.ConfigFile;
import org.reportlint.core.config.ConfigResolver;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.files.CollectedFiles;
import org.reportlint.core.files.FileCollector;
import org.reportlint.core.files.MissingPathException;

/**
 * Runs a lint request: checks everything it can before touching any file (rule ids, configuration, baseline,
 * paths), collects the files, lints or fixes them, applies the baseline and decides the exit code. Front ends only
 * build the request and report the outcome.
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
     * Lints what the request names.
     *
     * @throws UsageException for an unknown rule id, invalid configuration or baseline, or a path that does not
     *     exist; nothing was linted then
     */
    public LintOutcome run(LintRequest request) throws UsageException {
        for (String id : request.ruleSettings().keySet()) {
            requireKnownRule(registry, id);
        }
        ConfigResolver resolver = resolver(request);
        Optional<Path> baselineFile = request.baseline().map(request.baseDirectory()::resolve);
        if (request.updateBaseline() && baselineFile.isEmpty()) {
            throw new UsageException("--update-baseline needs --baseline FILE");
        }
        Optional<Baseline> baseline = baselineFile.isPresent()
                ? BaselineStep.load(baselineFile.get(), request.updateBaseline()) : Optional.empty();
        CollectedFiles collected = collect(request, resolver);
        List<SourceInput> inputs = new ArrayList<>(collected.inputs());
        request.stdin().ifPresent(inputs::add);
        RuleSets rules = RuleSets.resolve(resolver, inputs, request.baseDirectory());

        List<FileResult> files = new ArrayList<>();
        Optional<LintOutcome.FixReport> fixes = Optional.empty();
        if (request.fixMode() == FixMode.NONE) {
            files.addAll(linter.lint(inputs, rules::forInput, request.threads()).files());
        } else {
            FixStep.Outcome fixed = new FixStep(linter, rules, request.fixMode()).run(inputs, request.threads());
            files.addAll(fixed.results());
            fixes = Optional.of(fixed.report());
        }
        collected.failures().forEach(failure -> files.add(FileResult.unreadable(failure.path(), failure.reason())));
        LintResult result = LintResult.of(files);
        if (baselineFile.isEmpty()) {
            return new LintOutcome(result, request.failPolicy().exitCode(result), fixes, List.of(), Optional.empty());
        }
        BaselineStep.Outcome filtered = BaselineStep.apply(baselineFile.get(), baseline, request.updateBaseline(), result);
        return new LintOutcome(filtered.result(), request.failPolicy().exitCode(filtered.result()), fixes,
                filtered.prunable(), filtered.written());
    }

    private ConfigResolver resolver(LintRequest request) throws UsageException {
        Optional<Path> explicit = request.configFile().map(request.baseDirectory()::resolve);
        if (explicit.isPresent() && !Files.isRegularFile(explicit.get())) {
            throw new UsageException("no such config file: " + request.configFile().get());
        }
        return new ConfigResolver(registry, explicit, request.ruleSettings(), request.baseDirectory());
    }

    /** Walks the paths with the request's globs, else those of the configuration of the base directory. */
    private CollectedFiles collect(LintRequest request, ConfigResolver resolver) throws UsageException {
        List<ConfigFile> chain;
        try {
            chain = resolver.chainFor(request.baseDirectory());
        } catch (ConfigException invalid) {
            throw new UsageException(invalid.getMessage());
        }
        List<String> includes = request.includes().or(() -> innermost(chain, true)).orElse(FileCollector.DEFAULT_INCLUDES);
        List<String> excludes = request.excludes().or(() -> innermost(chain, false)).orElse(FileCollector.DEFAULT_EXCLUDES);
        try {
            return new FileCollector(request.baseDirectory(), includes, excludes).collect(request.paths());
        } catch (MissingPathException missing) {
            throw new UsageException(missing.getMessage());
        }
    }

    private static Optional<List<String>> innermost(List<ConfigFile> chain, boolean include) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<List<String>> globs = include ? chain.get(i).include() : chain.get(i).exclude();
            if (globs.isPresent()) {
                return globs;
            }
        }
        return Optional.empty();
    }

    /** Fails with a message that suggests the nearest id when {@code id} is not a rule of the registry. */
    public static void requireKnownRule(RuleRegistry registry, String id) throws UsageException {
        if (registry.metadata(id).isEmpty()) {
            throw UsageException.unknownRule(id, registry.suggest(id));
        }
    }
}
