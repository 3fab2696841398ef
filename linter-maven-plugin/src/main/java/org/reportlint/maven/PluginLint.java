package org.reportlint.maven;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.result.ResultCollector;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.LintOutcome;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.run.UnmatchedPathException;
import org.reportlint.core.run.UsageException;

/** Runs one lint for a goal with the rules on the plugin's class path (its own and its dependencies'). */
final class PluginLint {

    /** A finished run: every file's result, the outcome, and the rules that ran (for the reports' metadata). */
    record Ran(LintResult result, LintOutcome outcome, RuleRegistry registry) {

        /**
         * The metadata the reports describe rules with: the registered rules' and those the configs declared
         * ({@code customRules}, a rule pack's included), so that SARIF has a description and help link for each.
         */
        List<RuleMetadata> rulesMetadata() {
            Map<String, RuleMetadata> byId = new TreeMap<>();
            registry.allMetadata().forEach(metadata -> byId.put(metadata.id(), metadata));
            outcome.declaredRules().forEach(metadata -> byId.putIfAbsent(metadata.id(), metadata));
            return List.copyOf(byId.values());
        }
    }

    private PluginLint() {
    }

    /** Lints as {@code settings} say; a configuration or input that cannot run is an execution error. */
    static Ran run(LintSettings settings) throws MojoExecutionException {
        RuleRegistry registry = RuleRegistry.load(PluginLint.class.getClassLoader());
        // The build log and the report files are written once the run is over, so the results are collected.
        ResultCollector collected = new ResultCollector();
        try {
            LintOutcome outcome = new LintRunner(registry).run(settings.request(), collected);
            return new Ran(collected.result(), outcome, registry);
        } catch (UnmatchedPathException unmatched) {
            // The core's message is neutral; the goal says which of its own settings decide what is linted.
            throw new MojoExecutionException("reportlint: " + unmatched.getMessage()
                    + "; check the plugin's <sourceDirectories> and <includes>, or the \"include\" globs of"
                    + " .reportlint.json");
        } catch (UsageException unusable) {
            throw new MojoExecutionException("reportlint: " + unusable.getMessage());
        }
    }
}
