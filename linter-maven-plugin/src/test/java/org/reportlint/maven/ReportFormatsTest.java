package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.format.OutputFormat;

class ReportFormatsTest {

    @Test
    void splitsWhatTheCoreWritesFromWhatItDoesNotOfferYet() {
        ReportFormats formats = ReportFormats.select(List.of("sarif", " HTML ", "json", "", "json"));
        assertEquals(List.of(OutputFormat.JSON), formats.available());
        assertEquals(List.of("sarif", "html"), formats.unavailable());
    }

    @Test
    void aNameThatIsNoFormatIsAnError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.select(List.of("json", "jsn")));
        assertEquals("unknown report format \"jsn\" (formats: text, json, sarif, junit, checkstyle, github, html)",
                error.getMessage());
    }

    @Test
    void everyFormatTheCoreHasIsPromised() {
        for (OutputFormat format : OutputFormat.values()) {
            assertEquals(List.of(format), ReportFormats.select(List.of(format.id())).available());
        }
    }

    @Test
    void filesAreNamedAfterTheFormat() {
        assertEquals("reportlint.json", ReportFormats.fileName(OutputFormat.JSON));
        assertEquals("reportlint.txt", ReportFormats.fileName(OutputFormat.TEXT));
    }
}
