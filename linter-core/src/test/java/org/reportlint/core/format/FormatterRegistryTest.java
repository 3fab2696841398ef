package org.reportlint.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.testing.CountFormatProvider;

class FormatterRegistryTest {
    private static final FormatterRegistry LOADED = FormatterRegistry.load(FormatterRegistryTest.class.getClassLoader());

    /** A provider whose id is chosen by the test. */
    private record Named(String id) implements FormatterProvider {
        @Override
        public String description() {
            return "test";
        }

        @Override
        public Formatter create(FormatContext context) {
            return result -> "";
        }
    }

    @Test
    void theBuiltInFormatsAndOneFromTheClassPathAreFoundByServiceLoader() {
        assertEquals(List.of("checkstyle", "compact", "count", "github", "html", "json", "junit", "markdown", "sarif",
                "text"), LOADED.ids());
        FormatterProvider count = LOADED.find("COUNT").orElseThrow();
        assertTrue(count instanceof CountFormatProvider);
        assertEquals("count", count.fileExtension(), "the file extension defaults to the id");
        assertEquals("junit.xml", LOADED.find("junit").orElseThrow().fileExtension());
        assertTrue(LOADED.find("xml").isEmpty());
    }

    @Test
    void aThirdPartyFormatterWritesItsReport() {
        FormatContext context = new FormatContext("1.0.0", false, List.of());
        LintResult result = LintResult.of(List.of(FileResult.unreadable("a.html", "cannot read: no such file")));
        assertEquals("0 findings\n", LOADED.find("count").orElseThrow().create(context).format(result));
    }

    @Test
    void everyBuiltInFormatDescribesItself() {
        for (FormatterProvider provider : LOADED.providers()) {
            assertTrue(!provider.description().isBlank() && !provider.description().contains("\n"), provider.id());
        }
    }

    @Test
    void twoFormatsWithOneIdArePackagingErrors() {
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> FormatterRegistry.of(List.of(new Named("csv"), new Named("csv"))));
        assertTrue(twice.getMessage().startsWith("two formats have the id \"csv\""), twice.getMessage());
    }

    @Test
    void idsMustBeTypeableAfterDashF() {
        for (String bad : List.of("Csv", "csv=x", "a,b", "", "-x")) {
            assertThrows(IllegalStateException.class, () -> FormatterRegistry.of(List.of(new Named(bad))), bad);
        }
        assertEquals(List.of("my-csv2"), FormatterRegistry.of(List.of(new Named("my-csv2"))).ids());
    }

    @Test
    void theDefaultStreamWritesTheWholeReportAtTheEnd() throws IOException {
        Formatter formatter = result -> result.files().size() + " files, " + result.summary().files() + " counted\n";
        StringWriter out = new StringWriter();
        ReportStream stream = formatter.open(out);
        stream.file(FileResult.skipped("a.bin", "skipped binary file"));
        stream.file(FileResult.skipped("b.bin", "skipped binary file"));
        assertEquals("", out.toString(), "nothing is written before the totals are known");
        LintResult whole = LintResult.of(List.of(FileResult.skipped("a.bin", "skipped binary file"),
                FileResult.skipped("b.bin", "skipped binary file")));
        stream.finish(whole.summary());
        assertEquals(formatter.format(whole), out.toString());
    }
}
