package org.reportlint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.run.UsageException;
import org.reportlint.core.shard.ShardMerge;
import org.reportlint.core.shard.ShardReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reportlint merge}: joins the JSON reports of the shards of one run ({@code check --shard K/N -f json=FILE})
 * into the reports one run over every file writes, in any format, and exits as that run would have.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Join the JSON reports of 'check --shard K/N -f json=FILE' runs into the report of one run: "
                + "the same files, findings (cross-document rules included), totals and exit code.",
            "Every shard 1..N must be given once, written by this version with the same options.",
            "SARIF reports can only be joined into one SARIF log of several runs (-f sarif[=FILE]), without "
                + "cross-document findings between shards."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the fail level",
            "1:findings that fail the run",
            "2:invalid usage, or reports that are not the shards of one run",
            "3:a file could not be read or a rule failed in a shard, or a rule's findings are missing"})
public final class MergeCommand implements Callable<Integer> {
    /**
     * Made on first use, not when picocli builds the command line: every run instantiates this subcommand, and
     * Jackson's databind set-up is a good part of a small run's start-up.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @ParentCommand
    ReportlintCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The JSON reports of the shards.")
    List<String> reports = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FMT[=FILE]",
            description = "Report format (default: text), with =FILE written to FILE. Repeatable; only one may go "
                    + "to standard output.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest severity that fails the run: error (default), warning, info or never.")
    String failOn;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Also fail when there are more than N warnings (default: no limit).")
    int maxWarnings;

    @Option(names = "--color", negatable = true,
            description = "Color the text report (default: when standard output is a terminal and NO_COLOR is "
                    + "unset, or when FORCE_COLOR is set and not 0).")
    Boolean color;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        CliEnvironment environment = parent.environment();
        try {
            parent.requireNoArgumentsBefore("merge");
            FailPolicy policy = CheckAction.failPolicy(failOn, maxWarnings);
            RuleRegistry registry = Rules.load(environment);
            ReportOutput output = ReportOutput.of(formats, Formats.load(environment), environment.workingDirectory(),
                    out);
            List<JsonNode> read = new ArrayList<>();
            for (String report : reports) {
                read.add(json(environment.workingDirectory(), report));
            }
            long sarif = read.stream().filter(SarifConcatenation::isSarif).count();
            if (sarif == read.size()) {
                return SarifConcatenation.write(read, formats, policy, environment.workingDirectory(), out, err);
            }
            if (sarif > 0) {
                throw new UsageException("cannot merge SARIF and JSON reports together: merge the shards' JSON "
                        + "reports (written with check --shard K/N -f json=FILE)");
            }
            List<ShardMerge.Input> inputs = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                inputs.add(new ShardMerge.Input(reports.get(i), shard(reports.get(i), read.get(i), registry)));
            }
            ShardMerge.Merged merged;
            try {
                merged = new ShardMerge(registry, ToolVersion.get()).merge(inputs);
            } catch (ShardMerge.MergeException notOneRun) {
                throw new UsageException(notOneRun.getMessage());
            }
            LintResult result = merged.result();
            // The same lines on standard error as the one run would have printed, then what the merge lacks.
            result.files().forEach(file -> RunNotices.printProblems(file, err));
            for (String id : merged.missing()) {
                err.println("reportlint: cross-document rule \"" + id + "\" has no codec, so shards cannot record "
                        + "what it collected: its findings are missing from the merged report");
            }
            err.flush();
            boolean terminal = ColorChoice.of(color, environment);
            output.write(result, new FormatContext(ToolVersion.get(), terminal, registry.allMetadata()));
            int exitCode = policy.exitCode(result.summary(), merged.incomplete());
            RunNotices.printMaxWarnings(result.summary(), policy, exitCode, err);
            return exitCode;
        } catch (UsageException usage) {
            return CommandErrors.usage(err, usage);
        }
    }

    /** One report as JSON, or a usage error naming the file and what is wrong with it. */
    private static JsonNode json(Path base, String name) throws UsageException {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(Files.readAllBytes(base.resolve(name)));
        } catch (JsonProcessingException invalid) {
            throw new UsageException(name + ": not a JSON report: " + invalid.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new UsageException("cannot read " + name + ": " + IoReasons.of(unreadable));
        }
        if (json == null || !json.isObject()) {
            throw new UsageException(name + ": not a JSON report");
        }
        return json;
    }

    /** The shard section of a JSON report, or a usage error naming the file and what is wrong with it. */
    private static ShardReport shard(String name, JsonNode json, RuleRegistry registry) throws UsageException {
        try {
            return ShardReport.decode(json, registry::findCrossDocument);
        } catch (IllegalArgumentException | ClassCastException invalid) {
            throw new UsageException(name + ": " + invalid.getMessage());
        }
    }
}
