package org.reportlint.core.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportlint.core.config.ConfiguredCrossDocumentRule;
import org.reportlint.core.engine.internal.FindingFactory;
import org.reportlint.core.engine.internal.ResolvedLocation;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.RelatedLocation;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.Severity;

/**
 * The second step of cross-document rules: once every file of the run is linted, each rule reports over what it
 * collected, and its findings are sorted into the files they are in.
 */
final class CrossDocumentPass {
    private final List<LintedFile> files;
    private final Map<String, LintedFile> byPath = new LinkedHashMap<>();
    private final LintStats stats;
    private final Function<String, Optional<String>> groups;

    private CrossDocumentPass(List<LintedFile> files, LintStats stats, Function<String, Optional<String>> groups) {
        this.files = files;
        this.stats = stats;
        this.groups = groups;
        files.forEach(file -> byPath.putIfAbsent(file.path(), file));
    }

    /**
     * The findings of every cross-document rule enabled for any of the files, by the file they are in; each rule
     * reports once per group of {@code groups}, over that group's files.
     */
    static Map<LintedFile, List<Finding>> run(List<LintedFile> files, LintStats stats,
                                              Function<String, Optional<String>> groups) {
        return new CrossDocumentPass(files, stats, groups).run();
    }

    private Map<LintedFile, List<Finding>> run() {
        Map<String, CrossDocumentRule<?>> rules = new TreeMap<>();
        for (LintedFile file : files) {
            file.rules().ifPresent(set -> set.crossDocumentRules()
                    .forEach(configured -> rules.putIfAbsent(configured.id(), configured.rule())));
        }
        Map<LintedFile, List<Finding>> found = new IdentityHashMap<>();
        rules.forEach((id, rule) -> report(id, rule, found));
        return found;
    }

    private void report(String id, CrossDocumentRule<?> rule, Map<LintedFile, List<Finding>> found) {
        // Path order is kept within each group; a run without groups is one group.
        Map<Optional<String>, List<LintedFile>> byGroup = new LinkedHashMap<>();
        for (LintedFile file : files) {
            if (severity(file, id).isPresent()) {
                byGroup.computeIfAbsent(groups.apply(file.path()), group -> new ArrayList<>()).add(file);
            }
        }
        for (List<LintedFile> enabled : byGroup.values()) {
            report(id, rule, enabled, found);
        }
    }

    private void report(String id, CrossDocumentRule<?> rule, List<LintedFile> enabled,
                        Map<LintedFile, List<Finding>> found) {
        List<Object> collected = new ArrayList<>();
        for (LintedFile file : enabled) {
            Object value = file.collected().get(id);
            if (value != null) {
                collected.add(value);
            }
        }
        Map<LintedFile, List<Finding>> ofRule = new IdentityHashMap<>();
        long start = System.nanoTime();
        try {
            reportAll(rule, collected, problem -> place(id, problem, ofRule));
            ofRule.forEach((file, findings) -> found.computeIfAbsent(file, f -> new ArrayList<>()).addAll(findings));
        } catch (RuntimeException | StackOverflowError failure) {
            LintedFile first = enabled.get(0);
            found.computeIfAbsent(first, f -> new ArrayList<>()).add(FindingFactory.at(first.origin().orElseThrow(),
                    EngineRules.INTERNAL_ERROR, Severity.ERROR,
                    "Rule \"" + id + "\" failed: " + FindingFactory.oneLine(failure), List.of()));
        }
        if (stats != null) {
            stats.addRule(id, System.nanoTime() - start);
        }
    }

    // The values were collected by this very rule, so they are of its type.
    @SuppressWarnings("unchecked")
    private static <F> void reportAll(CrossDocumentRule<F> rule, List<Object> collected, CrossDocumentContext context) {
        rule.report((List<F>) List.copyOf(collected), context);
    }

    /** Turns a reported problem into a finding of the file it is in, at that file's severity for the rule. */
    private void place(String id, CrossDocumentProblem problem, Map<LintedFile, List<Finding>> ofRule) {
        ResolvedLocation at = resolved(problem.location());
        LintedFile target = byPath.get(at.path());
        if (target == null) {
            throw new IllegalArgumentException("no document \"" + at.path() + "\" in this run");
        }
        Optional<Severity> severity = severity(target, id);
        if (severity.isEmpty()) {
            // The rule is off for that file, so nothing of it is reported there.
            return;
        }
        List<RelatedLocation> related = new ArrayList<>();
        for (CrossDocumentProblem.Related other : problem.related()) {
            ResolvedLocation place = resolved(other.location());
            related.add(new RelatedLocation(other.message(), place.span(),
                    place.path().equals(at.path()) ? Optional.empty() : Optional.of(place.path())));
        }
        ofRule.computeIfAbsent(target, f -> new ArrayList<>())
                .add(FindingFactory.at(at, id, severity.get(), problem.message(), related));
    }

    private static Optional<Severity> severity(LintedFile file, String id) {
        return file.rules().flatMap(set -> set.crossDocumentRules().stream()
                .filter(configured -> configured.id().equals(id)).map(ConfiguredCrossDocumentRule::severity)
                .findFirst());
    }

    private static ResolvedLocation resolved(DocumentLocation location) {
        if (location instanceof ResolvedLocation resolved) {
            return resolved;
        }
        throw new IllegalArgumentException("a cross-document finding needs a location from CollectContext.locate, not "
                + location.getClass().getName());
    }
}
