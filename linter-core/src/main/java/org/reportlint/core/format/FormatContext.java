package org.reportlint.core.format;

import java.util.List;
import java.util.Objects;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.rule.RuleMetadata;

/**
 * What a formatter may know beyond the result: the tool's version, whether colors are wanted, the metadata of the
 * rules that could have reported (SARIF describes each rule it cites, the HTML page names them), and where the
 * reported paths start from the repository root (SARIF's artifact locations are relative to the root).
 *
 * @param toolVersion the reportlint version reports name
 * @param color whether the report may use ANSI colors (only text does)
 * @param rules the metadata of every rule of the run, engine rules included
 * @param repositoryPath the folder relative paths are relative to, from the repository root, {@code /}-separated
 *        and ending in {@code /} ({@code docs/site/}); empty at the root or outside a repository
 * @param command the command that reproduces the run, for summaries that tell a reader how to
 * @param groups which group each document is in, for totals and scores per group
 * @param scorecard what the Markdown scorecard adds: the base URL of links to lines, what changed since
 */
public record FormatContext(String toolVersion, boolean color, List<RuleMetadata> rules, String repositoryPath,
                            String command, DocumentGroups groups, ScorecardOptions scorecard) {

    public FormatContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(repositoryPath, "repositoryPath");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(scorecard, "scorecard");
        rules = List.copyOf(rules);
    }

    /** A context grouping documents by folder, with a plain scorecard. */
    public FormatContext(String toolVersion, boolean color, List<RuleMetadata> rules, String repositoryPath,
                         String command) {
        this(toolVersion, color, rules, repositoryPath, command, DocumentGroups.byFolder(), ScorecardOptions.NONE);
    }

    /** A context for paths relative to the repository root. */
    public FormatContext(String toolVersion, boolean color, List<RuleMetadata> rules) {
        this(toolVersion, color, rules, "", "reportlint");
    }

    /** The same context without colors, for reports written to files. */
    public FormatContext withoutColor() {
        return new FormatContext(toolVersion, false, rules, repositoryPath, command, groups, scorecard);
    }

    /** The same context for paths relative to {@code path} in the repository. */
    public FormatContext withRepositoryPath(String path) {
        return new FormatContext(toolVersion, color, rules, path, command, groups, scorecard);
    }

    /** The same context for a run made by {@code commandLine}. */
    public FormatContext withCommand(String commandLine) {
        return new FormatContext(toolVersion, color, rules, repositoryPath, commandLine, groups, scorecard);
    }

    /** The same context with documents in {@code documentGroups}. */
    public FormatContext withGroups(DocumentGroups documentGroups) {
        return new FormatContext(toolVersion, color, rules, repositoryPath, command, documentGroups, scorecard);
    }

    /** The same context with these scorecard settings. */
    public FormatContext withScorecard(ScorecardOptions options) {
        return new FormatContext(toolVersion, color, rules, repositoryPath, command, groups, options);
    }
}
