package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.result.EngineRules;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.rule.Severity;

class ReportWriterTest {
    private static final FormatContext CONTEXT = new FormatContext("1.2.3", true, EngineRules.ALL);
    private static final FormatterRegistry FORMATS = FormatterRegistry.load(ReportWriterTest.class.getClassLoader());
    private static final LintResult RESULT = LintResult.of(List.of(Results.file("a.html",
            Results.finding("encoding", Severity.WARNING, 1, 3, "Invalid UTF-8"))));

    @Test
    void writesTheCoreFormattersOutputIntoACreatedFolder(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("target/reportlint");
        List<Path> written = new ReportWriter(folder, CONTEXT).write(RESULT, List.of(format("json"), format("sarif")));
        assertEquals(List.of(folder.resolve("reportlint.json"), folder.resolve("reportlint.sarif")), written);
        FormatContext plain = CONTEXT.withoutColor();
        assertEquals(format("json").create(plain).format(RESULT), Files.readString(written.get(0)));
        assertEquals(format("sarif").create(plain).format(RESULT), Files.readString(written.get(1)));
        assertTrue(Files.readString(written.get(1)).contains("\"text\": \"The file is not valid in its declared"),
                "the SARIF rule descriptors come from the metadata");
    }

    @Test
    void writesEveryFormatToItsOwnFileWithoutColors(@TempDir Path temp) throws IOException {
        List<FormatterProvider> every = List.of(format("text"), format("json"), format("sarif"), format("junit"),
                format("checkstyle"), format("github"), format("html"));
        List<Path> written = new ReportWriter(temp, CONTEXT).write(RESULT, every);
        assertEquals(List.of("reportlint.txt", "reportlint.json", "reportlint.sarif", "reportlint.junit.xml",
                "reportlint.checkstyle.xml", "reportlint.github.txt", "reportlint.html"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(Files.readString(temp.resolve("reportlint.txt")).startsWith("a.html\n"), "no ANSI codes in files");
        assertTrue(Files.readString(temp.resolve("reportlint.html")).startsWith("<!DOCTYPE html>"));
    }

    private static FormatterProvider format(String id) {
        return FORMATS.find(id).orElseThrow();
    }

    @Test
    void noFormatsWritesNothing(@TempDir Path temp) throws IOException {
        assertTrue(new ReportWriter(temp.resolve("out"), CONTEXT).write(LintResult.of(List.of()), List.of()).isEmpty());
        assertTrue(Files.notExists(temp.resolve("out")));
    }
}
