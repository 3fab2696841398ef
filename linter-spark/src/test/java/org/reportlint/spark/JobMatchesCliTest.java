package org.reportlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.benchmarks.generate.ReportGenerator;
import org.reportlint.cli.CliEnvironment;
import org.reportlint.cli.ReportlintCommand;
import org.reportlint.core.config.RuleRegistry;
import picocli.CommandLine;

/**
 * The job in {@code local[2]} gives exactly the findings of {@code reportlint check -f json} over the same folder:
 * generated reports, the repository's examples, and the edge cases a folder of real reports has (binary files,
 * broken encodings, CRLF and BOM, suppressions used and unused, a cross-document rule, overrides, excluded and hidden
 * folders), compared field by field per path.
 */
class JobMatchesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = work.resolve("reports");
        new ReportGenerator(20261202L).write(corpus.resolve("generated"), 60);
        try (Stream<Path> examples = Files.list(Path.of("..", "examples"))) {
            for (Path example : examples.filter(Files::isRegularFile).toList()) {
                Files.copy(example, corpus.resolve(example.getFileName().toString()));
            }
        }
        write("edge/binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 0, 0, 0});
        write("edge/latin1.html", "<p>Caf\u00e9 market report</p>\n".getBytes(StandardCharsets.ISO_8859_1));
        write("edge/crlf.md", ("\uFEFF# CRLF report\r\n\r\nThe market is valued at USD XX.X billion.\r\n"
                + "<!-- reportlint-disable-next-line placeholder -->\r\nA sample value of $xxx on purpose.\r\n")
                .getBytes(StandardCharsets.UTF_8));
        write("edge/unused.html", "<!-- reportlint-disable-next-line split-name -- never needed -->\n<p>Clean.</p>\n");
        write("edge/name with space.html", "<h1>Solar Inverter Market</h1>\n<p>Lorem ipsum dolor.</p>\n");
        write("titles/a.md", "# Cold Chain Logistics Market\n\nThe market grows.\n");
        write("titles/b.md", "# Cold Chain Logistics Market\n\nThe market grows faster.\n");
        write("titles/c.md", "<!-- reportlint-disable-file test-same-title -->\n# Cold Chain Logistics Market\n");
        write("titles/d.html", "<h1>Cold Chain Logistics Market</h1><p>Third copy.</p><p><h2>Oops</h2>\n");
        write("legacy/old.html", "<p><h1>Legacy page</h1></p>\n");
        write("node_modules/pkg/readme.md", "# TODO leftover\n");
        write(".drafts/draft.html", "<p>TODO</p>\n");
        write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        write(".reportlint.json", """
                {
                  "root": true,
                  "rules": {"test-same-title": "warning", "heading-structure": "info"},
                  "groups": {"apart": ["titles/d.html"]},
                  "overrides": [{"files": ["legacy/**"], "rules": {"malformed-html": "warning"}}]
                }
                """);
    }

    @Test
    void findingsEqualTheCliJsonReportFieldByField() throws IOException {
        String config = corpus.resolve(".reportlint.json").toString();
        Cli cli = cli("check", "--no-color", "-f", "json", "--config", config, corpus.toString());
        Path output = work.resolve("out-json");
        Job job = job("--output", output.toString(), "--output-format", "json", "--config", config,
                corpus.toString());

        JsonNode report = JSON.readTree(cli.out());
        assertEquals(cli.exitCode(), job.exitCode(), job.err());
        Map<String, List<String>> expected = new TreeMap<>();
        int files = 0;
        for (JsonNode file : report.get("files")) {
            files++;
            for (JsonNode finding : file.get("findings")) {
                expected.computeIfAbsent(file.get("path").asText(), p -> new ArrayList<>()).add(canonical(finding));
            }
        }
        Map<String, List<String>> actual = new TreeMap<>();
        for (Row row : LocalSpark.session().read().json(output.resolve("findings").toString()).collectAsList()) {
            JsonNode finding = JSON.readTree(row.json());
            actual.computeIfAbsent(finding.get("path").asText(), p -> new ArrayList<>()).add(canonical(finding));
        }
        expected.values().forEach(list -> list.sort(null));
        actual.values().forEach(list -> list.sort(null));

        assertEquals(expected.keySet(), actual.keySet());
        for (String path : expected.keySet()) {
            assertEquals(expected.get(path), actual.get(path), path);
        }
        JsonNode summary = report.get("summary");
        assertTrue(job.out().contains(files + " files: " + summary.get("errors") + " errors, "
                + summary.get("warnings") + " warnings, " + summary.get("infos") + " infos ("
                + summary.get("fixable") + " fixable), " + summary.get("suppressed") + " suppressed, 0 unreadable, "
                + summary.get("skipped") + " skipped"),
                job.out() + "\nCLI: " + summary);
        // The corpus exercises what it is meant to: a binary file skipped, the cross-document rule reported across
        // files, and a suppression hid one of its findings.
        assertTrue(summary.get("skipped").asInt() > 0, summary.toString());
        assertTrue(actual.get(corpus + "/titles/b.md").stream().anyMatch(f -> f.startsWith("test-same-title|")));
        // d.html shares the title but is in a group of its own, so it is compared with nothing.
        assertTrue(actual.get(corpus + "/titles/d.html").stream().noneMatch(f -> f.startsWith("test-same-title|")));
        assertFalse(actual.containsKey(corpus + "/titles/c.md"));
        assertTrue(actual.get(corpus + "/edge/unused.html").stream().anyMatch(f -> f.startsWith("unused-suppression|")));
        assertTrue(actual.keySet().stream().noneMatch(p -> p.contains("node_modules") || p.contains(".drafts")));
        assertTrue(actual.keySet().stream().filter(p -> p.contains("/generated/")).count() > 10);
    }

    @Test
    void parquetOutputHoldsTheSameFindingsAndASummaryPerRule() throws IOException {
        Path output = work.resolve("out-parquet");
        Job job = job("--output", output.toString(), "--rule", "test-same-title=error",
                corpus.resolve("titles").toString());
        assertEquals(1, job.exitCode(), job.err());
        List<Row> findings = LocalSpark.session().read().parquet(output.resolve("findings").toString())
                .collectAsList();
        List<Row> summary = LocalSpark.session().read().parquet(output.resolve("summary").toString())
                .orderBy("rule").collectAsList();
        long sameTitle = findings.stream().filter(row -> row.getAs("rule").equals("test-same-title")).count();
        // a.md first, b.md and d.html repeat it; c.md hides its own copy.
        assertEquals(2, sameTitle);
        Row perRule = summary.stream().filter(row -> row.getAs("rule").equals("test-same-title")).findFirst()
                .orElseThrow();
        assertEquals(2L, (long) perRule.getAs("errors"));
        assertEquals(findings.size(), summary.stream().mapToLong(row -> (long) row.getAs("errors")
                + (long) row.getAs("warnings") + (long) row.getAs("infos")).sum());
        assertTrue(job.out().contains("test-same-title"), job.out());
        assertFalse(LocalSpark.session().conf().contains("spark.sql.files.openCostInBytes"),
                "the job's task sizes outlived it");
    }

    /** Every field of a finding the JSON report has, in one comparable line; absent fields read as null. */
    static String canonical(JsonNode finding) {
        StringBuilder line = new StringBuilder();
        for (String field : List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn", "offset",
                "endOffset", "fingerprint")) {
            line.append(finding.path(field).asText("null")).append('|');
        }
        for (JsonNode related : finding.path("related")) {
            line.append("related[").append(related.path("message").asText()).append(',')
                    .append(related.path("path").asText("null")).append(',').append(related.path("line").asInt())
                    .append(',').append(related.path("column").asInt()).append(',')
                    .append(related.path("endLine").asInt()).append(',').append(related.path("endColumn").asInt())
                    .append(']');
        }
        JsonNode fix = finding.path("fix");
        if (!fix.isMissingNode() && !fix.isNull()) {
            for (JsonNode edit : fix.path("edits")) {
                line.append("edit[").append(edit.path("offset").asInt()).append(',')
                        .append(edit.path("endOffset").asInt()).append(',').append(edit.path("text").asText())
                        .append(']');
            }
        }
        return line.toString();
    }

    private static void write(String relative, String text) throws IOException {
        TestFiles.write(corpus, relative, text);
    }

    private static void write(String relative, byte[] bytes) throws IOException {
        TestFiles.write(corpus, relative, bytes);
    }

    record Cli(int exitCode, String out, String err) {
    }

    record Job(int exitCode, String out, String err) {
    }

    static Cli cli(String... args) {
        return cli(work, args);
    }

    /** {@code reportlint check ARGS} in this JVM, run from folder {@code cwd}. */
    static Cli cli(Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(cwd, () -> new ByteArrayInputStream(new byte[0]), false,
                () -> RuleRegistry.load(JobMatchesCliTest.class.getClassLoader()));
        CommandLine commandLine = ReportlintCommand.newCommandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    static Job job(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LintJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), LocalSpark::session);
        return new Job(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
