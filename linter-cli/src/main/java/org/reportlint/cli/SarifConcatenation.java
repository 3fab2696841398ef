package org.reportlint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.engine.FailPolicy;
import org.reportlint.core.result.Summary;
import org.reportlint.core.run.UsageException;

/**
 * {@code merge} of SARIF shard reports: SARIF keeps no code frames, collected values or suppression directives, so
 * shards' SARIF cannot become the report of one run. What it can become is one SARIF log with each shard's run in it,
 * which code scanning accepts; cross-document findings between shards are missing then, and the merge says so.
 */
final class SarifConcatenation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SARIF = "sarif";

    private SarifConcatenation() {
    }

    /** Whether a report read by {@code merge} is a SARIF log rather than a shard's JSON report. */
    static boolean isSarif(JsonNode report) {
        return report.path("runs").isArray() && !report.has("shard");
    }

    /**
     * Writes the runs of every log, in the order given, as one log to each {@code -f sarif[=FILE]}, and returns the
     * exit code of the findings in them.
     */
    static int write(List<JsonNode> logs, List<String> formats, FailPolicy policy, Path workingDirectory,
                     PrintWriter out, PrintWriter err) throws UsageException {
        List<String> files = new ArrayList<>();
        boolean toStandardOutput = formats.isEmpty();
        for (String format : formats) {
            int equals = format.indexOf('=');
            String id = (equals < 0 ? format : format.substring(0, equals)).strip();
            if (!id.equalsIgnoreCase(SARIF)) {
                throw new UsageException("SARIF reports can only be joined into SARIF (-f sarif[=FILE]); for \""
                        + id + "\" merge the shards' JSON reports");
            }
            if (equals < 0) {
                toStandardOutput = true;
            } else {
                files.add(format.substring(equals + 1));
            }
        }
        ObjectNode joined = JSON.createObjectNode();
        joined.set("$schema", logs.get(0).get("$schema"));
        joined.set("version", logs.get(0).get("version"));
        ArrayNode runs = joined.putArray("runs");
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        boolean incomplete = false;
        for (JsonNode log : logs) {
            for (JsonNode run : log.get("runs")) {
                runs.add(run);
                for (JsonNode result : run.path("results")) {
                    switch (result.path("level").asText("warning")) {
                        case "error" -> errors++;
                        case "note" -> infos++;
                        case "none" -> { }
                        default -> warnings++;
                    }
                }
                for (JsonNode invocation : run.path("invocations")) {
                    incomplete |= !invocation.path("executionSuccessful").asBoolean(true);
                }
            }
        }
        String text;
        try {
            text = JSON.writeValueAsString(joined) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
        for (String file : files) {
            ReportFile report = null;
            try {
                report = ReportFile.create(workingDirectory.resolve(file));
                report.writer().write(text);
                report.commit();
            } catch (IOException failure) {
                if (report != null) {
                    report.abandon();
                }
                throw new UsageException("cannot write " + file + ": " + IoReasons.of(failure));
            }
        }
        err.println("reportlint: SARIF reports are joined as " + runs.size() + " runs of one log, not merged into one "
                + "run: cross-document findings between shards are missing (merge the shards' JSON reports for the "
                + "report of one run)");
        err.flush();
        if (toStandardOutput) {
            out.print(text);
            out.flush();
        }
        return policy.exitCode(new Summary(0, errors, warnings, infos, 0, 0, 0), incomplete);
    }
}
