package org.reportlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.format.RuleDocPage;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.RuleExample;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.LintRunner;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reportlint explain ID}: one rule's documentation, all of it from the rule's metadata. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explain a rule: what it flags, its options, and a failing and a passing example.")
public final class ExplainCommand implements Callable<Integer> {
    private static final String EXAMPLE_INDENT = "    ";
    private static final int WIDTH = 100;

    @ParentCommand
    ReportlintCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rule id, e.g. placeholder.")
    String id;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
            description = "text (default) or markdown: the rule's documentation page, as in docs/rules/.")
    String format;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Also explain the customRules of this config (default: the discovered .reportlint.json).")
    String config;

    @Option(names = "--pack-path", paramLabel = "PATH",
            description = "A jar or folder holding rule packs (reportlint-pack/NAME/reportlint.json) that \"extends\": "
                    + "\"pack:NAME\" can name, besides those on the class path (REPORTLINT_CLASSPATH); repeatable.")
    List<String> packPaths = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            parent.requireNoArgumentsBefore("explain");
            RuleRegistry registry = ConfiguredRules.of(Rules.load(parent.environment()), parent.environment(),
                    Optional.ofNullable(config),
                    PackPath.of(packPaths, parent.environment().workingDirectory()));
            LintRunner.requireKnownRule(registry, id);
            PrintWriter out = spec.commandLine().getOut();
            RuleMetadata rule = registry.metadata(id).orElseThrow();
            boolean acrossDocuments = registry.findCrossDocument(id).isPresent();
            out.print(switch (format) {
                case "text" -> explain(rule, acrossDocuments);
                case "markdown" -> RuleDocPage.markdown(rule, acrossDocuments);
                default -> throw new UsageException("unknown --format \"" + format + "\" for explain: use text or "
                        + "markdown");
            });
            out.flush();
            return FailPolicy.EXIT_OK;
        } catch (UsageException usage) {
            return CommandErrors.usage(spec.commandLine().getErr(), usage);
        }
    }

    static String explain(RuleMetadata rule, boolean acrossDocuments) {
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append(": ").append(rule.summary()).append("\n\n");
        if (!rule.description().isBlank()) {
            out.append(wrap(rule.description().strip())).append("\n\n");
        }
        out.append("Default severity: ").append(rule.defaultSeverity().id()).append('\n');
        out.append("Fixable: ").append(rule.fixable() ? "yes" : "no").append('\n');
        out.append("Recommended: ").append(rule.recommended() ? "yes" : "no").append('\n');
        rule.docsUrl().ifPresent(url -> out.append("Documentation: ").append(url).append('\n'));
        if (acrossDocuments) {
            out.append("Scope: every document of the run together (reported once all are read)\n");
        }
        if (!rule.options().isEmpty()) {
            out.append("\nOptions:\n");
            for (OptionSpec option : rule.options()) {
                out.append("  ").append(option.name()).append(" (").append(RuleDocPage.typeName(option.type()))
                        .append(", default ").append(RuleDocPage.value(option.defaultValue())).append(")");
                if (!option.description().isBlank()) {
                    out.append(": ").append(option.description().strip());
                }
                out.append('\n');
            }
        }
        for (RuleExample example : rule.examples()) {
            out.append("\nFails:\n").append(indent(example.failing()));
            out.append("Passes:\n").append(indent(example.passing()));
        }
        return out.toString();
    }

    /** Wraps each paragraph at {@link #WIDTH} columns; a word longer than that stays whole. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int column = 0;
            for (String word : line.split(" +")) {
                if (column > 0 && column + 1 + word.length() > WIDTH) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String indent(String text) {
        return text.strip().lines().map(line -> line.isEmpty() ? "\n" : EXAMPLE_INDENT + line + "\n")
                .collect(Collectors.joining());
    }
}
