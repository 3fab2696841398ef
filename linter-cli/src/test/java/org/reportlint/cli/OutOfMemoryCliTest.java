package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory for real, in a JVM with a small heap: the file too big for it is given up with one line,
 * and every other file is still linted and reported. The in-process tests only simulate the error.
 */
class OutOfMemoryCliTest {
    @TempDir
    Path dir;

    @Test
    void aFileTooBigForTheHeapIsGivenUpAndTheOthersAreLinted() throws Exception {
        // Far more text than a 48 MiB heap can hold as bytes, characters and a document at once.
        Files.write(dir.resolve("big.txt"), "The market is worth $xxx million. ".repeat(900_000)
                .getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("a.html"), "<p>The market is worth $xxx million.</p>\n");
        Files.writeString(dir.resolve("c.html"), "<p>Revenue reached USD TBD in 2024.</p>\n");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--threads", "1",
                "-f", "json=report.json", "a.html", "big.txt", "c.html"));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(dir.resolve("err.log").toFile()).start();
        int exit = process.waitFor();
        String err = Files.readString(dir.resolve("err.log"));

        assertEquals(3, exit, err);
        // Where the heap runs out (reading the bytes, or building the document and findings) decides the words.
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.equals("reportlint: big.txt: cannot read: not enough memory\n")
                || err.equals("reportlint: big.txt: cannot lint: not enough memory for this file; gave up on it "
                + "(give Java more heap, e.g. REPORTLINT_JAVA_OPTS=-Xmx4g)\n"), err);
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        List<String> paths = new ArrayList<>();
        report.get("files").forEach(file -> paths.add(file.get("path").asText()));
        assertEquals(List.of("a.html", "big.txt", "c.html"), paths);
        assertEquals("placeholder", report.get("files").get(0).get("findings").get(0).get("rule").asText());
        assertTrue(report.get("files").get(1).get("findings").isEmpty());
        assertEquals("placeholder", report.get("files").get(2).get("findings").get(0).get("rule").asText());
    }
}
