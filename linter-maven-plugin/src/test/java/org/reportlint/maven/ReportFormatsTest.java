package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlint.core.format.OutputFormat;

class ReportFormatsTest {

    @Test
    void keepsTheOrderAskedAndIgnoresCaseBlanksAndRepeats() {
        assertEquals(List.of(OutputFormat.SARIF, OutputFormat.HTML, OutputFormat.JSON),
                ReportFormats.select(List.of("sarif", " HTML ", "json", "", "json")));
    }

    @Test
    void aNameThatIsNoFormatIsAnError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.select(List.of("json", "jsn")));
        assertEquals("unknown report format \"jsn\" (formats: text, json, sarif, junit, checkstyle, github, html)",
                error.getMessage());
    }

    @Test
    void everyFormatDesignNamesIsWritten() {
        List<String> promised = List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html");
        assertEquals(List.of(OutputFormat.values()), ReportFormats.select(promised));
    }

    @Test
    void filesAreNamedAfterTheFormat() {
        assertEquals("reportlint.txt", ReportFormats.fileName(OutputFormat.TEXT));
        assertEquals("reportlint.json", ReportFormats.fileName(OutputFormat.JSON));
        assertEquals("reportlint.sarif", ReportFormats.fileName(OutputFormat.SARIF));
        assertEquals("reportlint.junit.xml", ReportFormats.fileName(OutputFormat.JUNIT));
        assertEquals("reportlint.checkstyle.xml", ReportFormats.fileName(OutputFormat.CHECKSTYLE));
        assertEquals("reportlint.github.txt", ReportFormats.fileName(OutputFormat.GITHUB));
        assertEquals("reportlint.html", ReportFormats.fileName(OutputFormat.HTML));
        Set<String> names = new HashSet<>();
        for (OutputFormat format : OutputFormat.values()) {
            names.add(ReportFormats.fileName(format));
        }
        assertEquals(OutputFormat.values().length, names.size(), "no two formats share a file");
    }
}
