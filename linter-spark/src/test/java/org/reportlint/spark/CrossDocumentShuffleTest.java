package org.reportlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.spark.testrules.SameTitleRule;

/**
 * The cross-document step runs on the executors, one rule report per config group over exactly that group's
 * documents, spread over several partitions, and gives the CLI's findings: none lost, none twice.
 */
class CrossDocumentShuffleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Files per group that share one title: each group's first is clean, every later one has one finding. */
    private static final Map<String, Integer> GROUP_SIZES = Map.of("north", 7, "south", 5, "west", 3);
    /** Files in no group, sharing the title of the groups too, so a group-blind finish would compare them all. */
    private static final int UNGROUPED = 4;

    @TempDir
    static Path work;
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = work.resolve("reports");
        for (Map.Entry<String, Integer> group : GROUP_SIZES.entrySet()) {
            for (int i = 0; i < group.getValue(); i++) {
                write(group.getKey() + "/r" + i + ".md", "# Cold Chain Logistics Market\n\nReport " + i + ".\n");
            }
        }
        for (int i = 0; i < UNGROUPED; i++) {
            write("loose/r" + i + ".md", "# Cold Chain Logistics Market\n\nLoose report " + i + ".\n");
        }
        // In a group, a hidden cross-document finding and a directive that hid nothing: both finished there.
        write("north/zz-hidden.md", "<!-- reportlint-disable-file test-same-title -->\n"
                + "# Cold Chain Logistics Market\n");
        write("south/zz-idle.md", "<!-- reportlint-disable-next-line test-same-title -- never needed -->\n"
                + "# A Title Of Its Own\n");
        write(".reportlint.json", """
                {
                  "root": true,
                  "rules": {"test-same-title": "warning"},
                  "groups": {"north": ["north/**"], "south": ["south/**"], "west": ["west/**"]}
                }
                """);
    }

    @Test
    void eachGroupIsFinishedOnAnExecutorAndTheFindingsAreTheClis() throws IOException {
        String config = corpus.resolve(".reportlint.json").toString();
        JobMatchesCliTest.Cli cli = JobMatchesCliTest.cli(work, "check", "--no-color", "-f", "json", "--config", config,
                corpus.toString());
        SameTitleRule.CALLS.clear();
        Path output = work.resolve("out");
        JobMatchesCliTest.Job job = JobMatchesCliTest.job("--output", output.toString(), "--output-format", "json",
                "--partitions", "5", "--config", config, corpus.toString());
        List<SameTitleRule.Call> calls = List.copyOf(SameTitleRule.CALLS);

        assertEquals(cli.exitCode(), job.exitCode(), cli.err() + job.err());
        // One report per group, each over its own documents only (those with a title), on executor threads.
        assertEquals(List.of(GROUP_SIZES.get("west"), UNGROUPED, GROUP_SIZES.get("south") + 1,
                        GROUP_SIZES.get("north") + 1),
                calls.stream().map(SameTitleRule.Call::values).sorted().toList(), calls.toString());
        assertTrue(calls.stream().allMatch(call -> call.thread().startsWith("Executor task launch worker")),
                calls.toString());

        Map<String, List<String>> expected = new TreeMap<>();
        for (JsonNode file : JSON.readTree(cli.out()).get("files")) {
            for (JsonNode finding : file.get("findings")) {
                expected.computeIfAbsent(file.get("path").asText(), p -> new ArrayList<>())
                        .add(JobMatchesCliTest.canonical(finding));
            }
        }
        Map<String, List<String>> actual = new TreeMap<>();
        for (Row row : LocalSpark.session().read().json(output.resolve("findings").toString()).collectAsList()) {
            JsonNode finding = JSON.readTree(row.json());
            actual.computeIfAbsent(finding.get("path").asText(), p -> new ArrayList<>())
                    .add(JobMatchesCliTest.canonical(finding));
        }
        expected.values().forEach(list -> list.sort(null));
        actual.values().forEach(list -> list.sort(null));
        assertEquals(expected, actual);
    }

    @Test
    void noCrossDocumentFindingIsLostOrDuplicated() throws LintConfigException {
        StructType schema = new StructType().add("path", DataTypes.StringType).add("content", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> group : GROUP_SIZES.entrySet()) {
            for (int i = 0; i < group.getValue(); i++) {
                rows.add(RowFactory.create(group.getKey() + "/r" + i + ".md", "# Same Title\n\nText " + i + ".\n"));
            }
        }
        rows.add(RowFactory.create("north/zz-hidden.md", "<!-- reportlint-disable-file test-same-title -->\n"
                + "# Same Title\n"));
        Dataset<Row> documents = LocalSpark.session().createDataFrame(rows, schema).repartition(7);
        LintConfig config = LintConfig.fromJson("groups.json", """
                {"rules": {"test-same-title": "warning"},
                 "groups": {"north": ["north/**"], "south": ["south/**"], "west": ["west/**"]}}
                """);

        List<Row> files = ReportLint.lintFiles(documents, config).collectAsList();
        Map<String, Integer> sameTitle = new TreeMap<>();
        int suppressed = 0;
        for (Row file : files) {
            long found = file.<Row>getList(file.fieldIndex("findings")).stream()
                    .filter(finding -> finding.getAs("rule").equals("test-same-title")).count();
            sameTitle.merge(file.getAs("path"), Math.toIntExact(found), Integer::sum);
            suppressed += file.<Integer>getAs("suppressed");
        }

        assertEquals(rows.size(), files.size(), "one row per document");
        assertEquals(rows.size(), sameTitle.size(), "no document twice");
        // In each group its first document (in path order) is clean and every later one has exactly one finding.
        for (Map.Entry<String, Integer> group : GROUP_SIZES.entrySet()) {
            for (int i = 0; i < group.getValue(); i++) {
                assertEquals(i == 0 ? 0 : 1, sameTitle.get(group.getKey() + "/r" + i + ".md"),
                        group.getKey() + "/r" + i + ".md");
            }
        }
        assertEquals(0, sameTitle.get("north/zz-hidden.md"));
        assertEquals(1, suppressed, "the hidden one is counted once");
        assertEquals(GROUP_SIZES.values().stream().mapToInt(size -> size - 1).sum(),
                sameTitle.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static void write(String relative, String text) throws IOException {
        TestFiles.write(corpus, relative, text);
    }
}
