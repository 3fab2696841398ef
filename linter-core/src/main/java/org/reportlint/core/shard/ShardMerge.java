package org.reportlint.core.shard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reportlint.core.config.ConfiguredCrossDocumentRule;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.engine.LintedFile;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;

/**
 * Joins the reports of every shard of a run into the result one run over all its files gives: the files in path
 * order, the cross-document rules run over the values of every shard in that order, their findings through each
 * file's inline suppressions, and then each file's unused suppressions, by the engine's own code for one run.
 *
 * <p>The shards must be one run: the same tool version (also this merge's own, so reports name one version), the same
 * settings digest and shard count, each shard exactly once, no file in two shards, and together as many files as the
 * run has. Anything else is a {@link MergeException} with a one-line message.
 */
public final class ShardMerge {
    private final RuleRegistry registry;
    private final String toolVersion;

    /**
     * @param registry the rules of this merge, whose cross-document rules report over the shards' values
     * @param toolVersion this reportlint's version; shards of another are refused
     */
    public ShardMerge(RuleRegistry registry, String toolVersion) {
        this.registry = registry;
        this.toolVersion = toolVersion;
    }

    /** A shard report and the name of the file it was read from, for messages. */
    public record Input(String name, ShardReport report) {
    }

    /**
     * The merged run.
     *
     * @param result every file's final result and the totals
     * @param missing cross-document rules whose findings are missing because they have no codec
     */
    public record Merged(LintResult result, Set<String> missing) {
        public Merged {
            missing = Set.copyOf(missing);
        }

        /** Whether the result lacks something one run would have had: a file or rule failed, or a rule is missing. */
        public boolean incomplete() {
            return !missing.isEmpty() || result.files().stream().anyMatch(FileResult::hasErrors);
        }
    }

    /** A set of shard reports that are not one whole run; the message says why in one line. */
    public static final class MergeException extends Exception {
        public MergeException(String message) {
            super(message, null, false, false);
        }
    }

    public Merged merge(List<Input> inputs) throws MergeException {
        if (inputs.isEmpty()) {
            throw new MergeException("no shard reports to merge");
        }
        check(inputs);
        Set<String> missing = new TreeSet<>();
        inputs.forEach(input -> missing.addAll(input.report().uncodable()));
        Map<String, String> owner = new HashMap<>();
        List<ShardReport.ShardFile> files = new ArrayList<>();
        for (Input input : inputs) {
            for (ShardReport.ShardFile file : input.report().files()) {
                String other = owner.putIfAbsent(file.path(), input.name());
                if (other != null) {
                    throw new MergeException("overlapping shards: " + file.path() + " is in " + other + " and in "
                            + input.name());
                }
                files.add(file);
            }
        }
        int total = inputs.get(0).report().totalFiles();
        if (files.size() != total) {
            throw new MergeException("the shards hold " + files.size() + " files, but their run has " + total);
        }
        for (ShardReport.ShardFile file : files) {
            file.pending().ifPresent(pending -> pending.crossDocumentRules().keySet().stream()
                    .filter(id -> registry.findCrossDocument(id).orElseThrow().codec().isEmpty())
                    .forEach(missing::add));
        }
        // One run's order: by path, as the walk sorts its files.
        files.sort(Comparator.comparing(ShardReport.ShardFile::path));
        List<LintedFile> linted = new ArrayList<>();
        Map<String, String> groups = new HashMap<>();
        for (ShardReport.ShardFile file : files) {
            file.pending().flatMap(PendingFile::group).ifPresent(group -> groups.put(file.path(), group));
            linted.add(file.pending().isEmpty() ? LintedFile.of(file.result())
                    : LintedFile.restore(file.pending().get(), rules(registry, file.pending().get(), missing)));
        }
        // Compared within the groups the shards' configuration gave, as one run compares them.
        Linter linter = new Linter().comparingWithinGroups(path -> Optional.ofNullable(groups.get(path)));
        return new Merged(LintResult.of(linter.complete(linted)), missing);
    }

    private void check(List<Input> inputs) throws MergeException {
        ShardReport first = inputs.get(0).report();
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Input input : inputs) {
            ShardReport report = input.report();
            if (!report.toolVersion().equals(toolVersion)) {
                throw new MergeException(input.name() + " was written by reportlint " + report.toolVersion()
                        + ", this is reportlint " + toolVersion + ": merge with the version that wrote the shards");
            }
            if (report.shard().count() != first.shard().count() || !report.settings().equals(first.settings())
                    || report.totalFiles() != first.totalFiles()) {
                throw new MergeException(input.name() + " and " + inputs.get(0).name()
                        + " are shards of different runs (other files, options, configuration or shard count)");
            }
            String other = byIndex.putIfAbsent(report.shard().index(), input.name());
            if (other != null) {
                throw new MergeException("overlapping shards: " + other + " and " + input.name() + " are both shard "
                        + report.shard());
            }
        }
        for (int index = 1; index <= first.shard().count(); index++) {
            if (!byIndex.containsKey(index)) {
                throw new MergeException("shard " + index + "/" + first.shard().count() + " is missing");
            }
        }
        for (ShardReport.ShardFile file : inputs.stream().flatMap(input -> input.report().files().stream()).toList()) {
            if (file.pending().isPresent()) {
                for (String id : file.pending().get().crossDocumentRules().keySet()) {
                    if (registry.findCrossDocument(id).isEmpty()) {
                        throw new MergeException("the shards ran cross-document rule \"" + id
                                + "\", which this reportlint does not have: merge with the same rule jars");
                    }
                }
            }
        }
    }

    /**
     * The rules a waiting file is finished with: its cross-document rules at its severities, except those that have
     * no codec (nothing of them reached the merge, so they must not report over a part of the run), and its level
     * for unused suppressions. Options are not needed: they were given to {@code collect} in the shard.
     */
    static RuleSet rules(RuleRegistry registry, PendingFile file, Set<String> missing) {
        List<ConfiguredCrossDocumentRule> across = new ArrayList<>();
        new TreeMap<>(file.crossDocumentRules()).forEach((id, severity) -> {
            CrossDocumentRule<?> rule = registry.findCrossDocument(id).orElseThrow();
            if (!missing.contains(id)) {
                across.add(new ConfiguredCrossDocumentRule(rule, severity, RuleOptions.of(Map.of())));
            }
        });
        Map<String, Optional<Severity>> engine = Map.of(EngineRules.UNUSED_SUPPRESSION, file.unusedSuppression());
        return RuleSet.of(List.of(), across, engine);
    }
}
