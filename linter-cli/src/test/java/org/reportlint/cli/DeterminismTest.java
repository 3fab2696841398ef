package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical reports whatever the thread count. */
class DeterminismTest {
    @TempDir
    Path dir;

    private CliRun folderOfThirtyFiles(CliRun cli) throws Exception {
        for (int i = 0; i < 30; i++) {
            String body = "<h1>Report " + i + "</h1>\n<p>" + "hmm ".repeat(i % 4) + (i % 3 == 0 ? "oops" : "fine")
                    + "</p>\n<p>NB: $xxx in 20XX, Company A, <b>bold</p>\n";
            cli.file("reports/" + (char) ('a' + i % 5) + "/report-" + i + (i % 2 == 0 ? ".html" : ".txt"), body);
        }
        return cli;
    }

    @Test
    void reportsDoNotDependOnTheThreadCount() throws Exception {
        CliRun cli = folderOfThirtyFiles(CliRun.in(dir).testRulesOnly());
        for (String format : new String[] {"text", "json"}) {
            CliRun.Result one = cli.run("-f", format, "--threads", "1", "--rule", "test-note", "reports");
            CliRun.Result four = cli.run("-f", format, "--threads", "4", "--rule", "test-note", "reports");
            assertEquals(one, four);
            assertEquals(1, one.exitCode());
        }
    }

    @Test
    void reportsDoNotDependOnTheThreadCountWithTheBuiltInRules() throws Exception {
        CliRun cli = folderOfThirtyFiles(CliRun.in(dir));
        CliRun.Result one = cli.run("-f", "json", "--threads", "1", "reports");
        CliRun.Result four = cli.run("-f", "json", "--threads", "4", "reports");
        assertEquals(one, four);
    }
}
