package org.reportlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.run.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reportlint rules}: every rule, the engine's own findings included, as an aligned table. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule with its id, default severity, whether it can fix, whether the "
                + "recommended preset enables it, and a summary.")
public final class RulesCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("ID", "SEVERITY", "FIXABLE", "RECOMMENDED", "SUMMARY");

    @ParentCommand
    ReportlintCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
            description = "text (default): an aligned table; json: an array of {id, severity, fixable, recommended, "
                    + "summary, docsUrl, acrossDocuments}, for editors and scripts.")
    String format;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Also list the customRules of this config (default: the discovered .reportlint.json).")
    String config;

    @Option(names = "--pack-path", paramLabel = "PATH",
            description = "A jar or folder holding rule packs (reportlint-pack/NAME/reportlint.json) that \"extends\": "
                    + "\"pack:NAME\" can name, besides those on the class path (REPORTLINT_CLASSPATH); repeatable.")
    List<String> packPaths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleRegistry registry;
        try {
            parent.requireNoArgumentsBefore("rules");
            if (!format.equals("text") && !format.equals("json")) {
                throw new UsageException("unknown rules format \"" + format + "\" (use text or json)");
            }
            registry = ConfiguredRules.of(Rules.load(parent.environment()), parent.environment(),
                    Optional.ofNullable(config),
                    PackPath.of(packPaths, parent.environment().workingDirectory()));
        } catch (UsageException usage) {
            return CommandErrors.usage(spec.commandLine().getErr(), usage);
        }
        if (format.equals("json")) {
            out.print(RulesJson.of(registry));
        } else {
            out.print(rulesTable(registry.allMetadata()));
        }
        out.flush();
        return FailPolicy.EXIT_OK;
    }

    private static String rulesTable(List<RuleMetadata> rules) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RuleMetadata rule : rules) {
            rows.add(List.of(rule.id(), rule.defaultSeverity().id(), yesNo(rule.fixable()), yesNo(rule.recommended()),
                    rule.summary()));
        }
        return table(rows);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
    static String table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                out.append(row.get(c)).append(" ".repeat(widths[c] - row.get(c).length() + 2));
            }
            out.append(row.get(columns - 1)).append('\n');
        }
        return out.toString();
    }
}
