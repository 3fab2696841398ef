package org.reportlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.Formatter;
import org.reportlint.core.format.FormatterProvider;
import org.reportlint.core.format.FormatterRegistry;

class ReportFormatsTest {
    private static final FormatterRegistry BUILT_IN = FormatterRegistry.load(ReportFormatsTest.class.getClassLoader());

    /** A format a third-party jar could register. */
    private static final class CountFormat implements FormatterProvider {
        @Override
        public String id() {
            return "count";
        }

        @Override
        public String description() {
            return "The number of findings";
        }

        @Override
        public Formatter create(FormatContext context) {
            return result -> result.summary().findings() + "\n";
        }
    }

    private static List<String> ids(List<FormatterProvider> formats) {
        return formats.stream().map(FormatterProvider::id).toList();
    }

    @Test
    void keepsTheOrderAskedAndIgnoresCaseBlanksAndRepeats() {
        assertEquals(List.of("sarif", "html", "json"),
                ids(ReportFormats.select(List.of("sarif", " HTML ", "json", "", "json"), BUILT_IN)));
    }

    @Test
    void aNameThatIsNoFormatIsAnErrorListingTheRegisteredOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.select(List.of("json", "jsn"), BUILT_IN));
        assertEquals("unknown report format \"jsn\" (formats: checkstyle, compact, github, html, json, junit, "
                + "markdown, sarif, text)", error.getMessage());
    }

    @Test
    void everyFormatDesignNamesIsWritten() {
        List<String> promised = List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html");
        assertEquals(promised, ids(ReportFormats.select(promised, BUILT_IN)));
    }

    @Test
    void aRegisteredThirdPartyFormatIsAcceptedAndListed() {
        List<FormatterProvider> providers = new ArrayList<>(BUILT_IN.providers());
        providers.add(new CountFormat());
        FormatterRegistry registry = FormatterRegistry.of(providers);
        List<FormatterProvider> selected = ReportFormats.select(List.of("count", "json"), registry);
        assertEquals(List.of("count", "json"), ids(selected));
        assertEquals("reportlint.count", ReportFormats.fileName(selected.get(0)), "the extension defaults to the id");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.select(List.of("counts"), registry));
        assertEquals("unknown report format \"counts\" (formats: checkstyle, compact, count, github, html, json, "
                + "junit, markdown, sarif, text)", error.getMessage());
    }

    @Test
    void filesAreNamedAfterTheFormat() {
        List<String> names = new ArrayList<>();
        for (String id : List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html")) {
            names.add(ReportFormats.fileName(BUILT_IN.find(id).orElseThrow()));
        }
        assertEquals(List.of("reportlint.txt", "reportlint.json", "reportlint.sarif", "reportlint.junit.xml",
                "reportlint.checkstyle.xml", "reportlint.github.txt", "reportlint.html"), names);
        Set<String> distinct = new HashSet<>();
        BUILT_IN.providers().forEach(format -> distinct.add(ReportFormats.fileName(format)));
        assertEquals(BUILT_IN.providers().size(), distinct.size(), "no two formats share a file");
    }
}
