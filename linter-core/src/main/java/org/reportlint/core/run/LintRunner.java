package org.reportlint.core.run;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.engine.FileResult;
import org.reportlint.core.engine.LintResult;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.engine.RuleRegistry;
import org.reportlint.core.engine.SourceInput;
import org.reportlint.core.files.CollectedFiles;
import org.reportlint.core.files.FileCollector;
import org.reportlint.core.files.MissingPathException;

/**
 * Runs a lint request: checks it before touching any file, collects the files, lints them and decides the exit code.
 * Front ends only build the request and report the outcome.
 */
public final class LintRunner {
    private final RuleRegistry registry;
    private final Linter linter = new Linter();

    public LintRunner(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * Lints what the request names.
     *
     * @throws UsageException for an unknown rule id or a path that does not exist; nothing was linted then
     */
    public LintOutcome run(LintRequest request) throws UsageException {
        for (String id : request.ruleSettings().keySet()) {
            requireKnownRule(registry, id);
        }
        RuleSet rules = RuleSet.of(registry, request.preset(), request.ruleSettings());
        CollectedFiles collected;
        try {
            collected = new FileCollector(request.baseDirectory(), request.includes(), request.excludes())
                    .collect(request.paths());
        } catch (MissingPathException missing) {
            throw new UsageException(missing.getMessage());
        }
        List<SourceInput> inputs = new ArrayList<>(collected.inputs());
        request.stdin().ifPresent(inputs::add);
        LintResult linted = linter.lint(inputs, input -> rules, request.threads());
        List<FileResult> files = new ArrayList<>(linted.files());
        collected.failures().forEach(failure -> files.add(FileResult.unreadable(failure.path(), failure.reason())));
        LintResult result = LintResult.of(files);
        return new LintOutcome(result, request.failPolicy().exitCode(result));
    }

    /** Fails with a message that suggests the nearest id when {@code id} is not a rule of the registry. */
    public static void requireKnownRule(RuleRegistry registry, String id) throws UsageException {
        if (registry.metadata(id).isEmpty()) {
            throw UsageException.unknownRule(id, registry.suggest(id));
        }
    }
}
