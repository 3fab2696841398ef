package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --stats} shows the shared facts on a line of their own, between parsing and the rules. */
class StatsReportTest {
    @TempDir
    Path dir;

    private List<String> statsLines(String text) throws Exception {
        CliRun.Result result = CliRun.in(dir).file("a.txt", text).run("--stats", "a.txt");
        return result.err().lines().toList();
    }

    private static int indexOf(List<String> lines, String label) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(label + " ")) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void sharedFactsHaveTheirOwnLineWithOneLinePerKind() throws Exception {
        List<String> lines = statsLines("The widget market was valued at USD 4.2 billion in 2023 and will grow at a"
                + " CAGR of 6.1% in 2024-2030.\n");
        int parse = indexOf(lines, "read + parse");
        int facts = indexOf(lines, "shared facts");
        int rules = indexOf(lines, "all rules");
        assertTrue(parse >= 0 && facts == parse + 1 && rules > facts, String.join("\n", lines));
        for (String kind : List.of("sentences", "year ranges", "figures", "cagr statements")) {
            int at = indexOf(lines, kind);
            assertTrue(at > facts && at < rules && lines.get(at).startsWith("    "), kind + "\n" + String.join("\n",
                    lines));
        }
        assertTrue(indexOf(lines, "cagr-arithmetic") > rules, String.join("\n", lines));
    }

    @Test
    void aRunWithoutFactsShowsTheLineWithNoKinds() throws Exception {
        List<String> lines = CliRun.in(dir).testRulesOnly().file("a.html", "<p>hmm</p>").run("--stats", "a.html")
                .err().lines().toList();
        int facts = indexOf(lines, "shared facts");
        assertTrue(facts >= 0 && indexOf(lines, "all rules") == facts + 1, String.join("\n", lines));
    }
}
