package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the memory of a run is bounded by the largest file and the findings kept, not by the number of files.
 * A few hundred generated reports, with all the built-in rules and a JSON and a text report, must go through a JVM
 * whose heap could not hold their documents at once.
 */
class BoundedMemoryCliTest {
    private static final int FILES = 300;
    /** About 15 KiB a report, so the documents of all of them would take far more than this heap. */
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void hundredsOfReportsAreLintedInASmallHeap() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(reports.resolve(String.format("r%04d.html", i)), report(i), StandardCharsets.UTF_8);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--no-color", "-f", "json=report.json", "reports")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(dir.resolve("err.log").toFile())
                .start();
        int exit = process.waitFor();
        String err = Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8);
        assertEquals(1, exit, "findings, and nothing incomplete: " + err);
        assertFalse(err.contains("memory"), err);
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(FILES, report.get("summary").get("files").intValue());
        for (JsonNode file : report.get("files")) {
            assertEquals(0, file.get("errors").size(), file.toString());
            assertFalse(file.get("findings").isEmpty(), "every report has its placeholder: " + file.get("path"));
        }
    }

    /** A templated market report of about 15 KiB on one line, its market named after {@code i}, with a filler left in. */
    private static String report(int i) {
        String market = "Widget Coating " + (char) ('A' + i % 26) + i + " Market";
        StringBuilder html = new StringBuilder("<html><head><title>").append(market)
                .append(" Report</title></head><body><h1>").append(market).append(" Size and Forecast</h1>");
        for (int section = 0; section < 24; section++) {
            html.append("<h2>Section ").append(section + 1).append(" of the ").append(market).append("</h2>")
                    .append("<p>The ").append(market).append(" was valued at USD ").append(section + 2)
                    .append(".5 Billion in 2023 and is projected to reach USD ").append(section + 4)
                    .append(".1 Billion by 2030, growing at a CAGR of 9.2% from 2024 to 2030. Demand from coating "
                            + "lines, packaging &amp; industrial users drives the segment.</p>")
                    .append("<ul><li>North America</li><li>Europe</li><li>Asia Pacific</li></ul>")
                    .append("<table><tr><th>Region</th><th>Share</th></tr><tr><td>Europe</td><td>")
                    .append(20 + section % 10).append("%</td></tr></table>");
        }
        return html.append("<p>Key players: TBD.</p></body></html>").toString();
    }
}
