package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.engine.LintResult;
import org.reportlint.core.format.JsonFormatter;
import org.reportlint.core.format.OutputFormat;
import org.reportlint.core.rule.Severity;

class ReportWriterTest {

    @Test
    void writesTheCoreFormattersOutputIntoACreatedFolder(@TempDir Path temp) throws IOException {
        LintResult result = LintResult.of(List.of(Results.file("a.html",
                Results.finding("encoding", Severity.WARNING, 1, 3, "Invalid UTF-8"))));
        Path folder = temp.resolve("target/reportlint");
        List<Path> written = new ReportWriter(folder, "1.2.3").write(result, List.of(OutputFormat.JSON));
        assertEquals(List.of(folder.resolve("reportlint.json")), written);
        assertEquals(new JsonFormatter("1.2.3").format(result), Files.readString(written.get(0)));
    }

    @Test
    void noFormatsWritesNothing(@TempDir Path temp) throws IOException {
        assertTrue(new ReportWriter(temp.resolve("out"), "1").write(LintResult.of(List.of()), List.of()).isEmpty());
        assertTrue(Files.notExists(temp.resolve("out")));
    }
}
