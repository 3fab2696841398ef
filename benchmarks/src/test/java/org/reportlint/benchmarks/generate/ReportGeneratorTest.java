package org.reportlint.benchmarks.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.core.document.DocumentFormat;

class ReportGeneratorTest {
    private static final int SAMPLE = 1_000;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        List<GeneratedReport> first = new ReportGenerator(42).generate(1, 40);
        List<GeneratedReport> again = new ReportGenerator(42).generate(1, 40);
        List<GeneratedReport> other = new ReportGenerator(43).generate(1, 40);
        int differing = 0;
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).bytes(), again.get(i).bytes(), first.get(i).fileName());
            differing += java.util.Arrays.equals(first.get(i).bytes(), other.get(i).bytes()) ? 0 : 1;
        }
        assertEquals(first.size(), differing);
    }

    @Test
    void aReportDoesNotDependOnTheReportsBeforeIt() {
        assertArrayEquals(new ReportGenerator(42).generate(1, 9).get(8).bytes(),
                new ReportGenerator(42).generate(9).bytes());
    }

    @Test
    void writtenFilesHoldTheGeneratedBytes(@TempDir Path dir) throws IOException {
        List<Path> files = new ReportGenerator(5).write(dir.resolve("out"), 12);
        assertEquals(12, files.size());
        for (int i = 0; i < files.size(); i++) {
            GeneratedReport report = new ReportGenerator(5).generate(i + 1);
            assertEquals(report.fileName(), files.get(i).getFileName().toString());
            assertArrayEquals(report.bytes(), Files.readAllBytes(files.get(i)));
        }
    }

    @Test
    void theMixIsMostlyOneLineFragmentsAndMostlyClean() {
        Map<Format, Integer> formats = new EnumMap<>(Format.class);
        Map<Defect, Integer> defects = new EnumMap<>(Defect.class);
        int oneLineFragments = 0;
        int defective = 0;
        int fragmentsAsTxt = 0;
        for (GeneratedReport report : new ReportGenerator(42).generate(1, SAMPLE)) {
            ReportSpec spec = report.spec();
            formats.merge(spec.format(), 1, Integer::sum);
            spec.defects().forEach(defect -> defects.merge(defect, 1, Integer::sum));
            spec.defects().forEach(defect -> assertTrue(defect.appliesTo(spec.format()), report.fileName()));
            defective += spec.defects().isEmpty() ? 0 : 1;
            if (spec.format() == Format.HTML_FRAGMENT) {
                oneLineFragments += spec.oneLine() ? 1 : 0;
                fragmentsAsTxt += spec.extension().equals("txt") ? 1 : 0;
            }
            if (spec.oneLine()) {
                assertEquals(report.text().length() - 1, report.text().indexOf('\n') < 0
                        ? report.text().length() - 1 : report.text().indexOf('\n'), report.fileName());
            }
            int size = report.bytes().length;
            assertTrue(size >= 5 * 1024 && size <= 50 * 1024, report.fileName() + " has " + size + " bytes");
        }
        int fragments = formats.get(Format.HTML_FRAGMENT);
        assertTrue(fragments > SAMPLE * 45 / 100 && fragments < SAMPLE * 65 / 100, "fragments: " + fragments);
        formats.forEach((format, count) -> assertTrue(count <= fragments, format + ": " + count));
        assertEquals(Format.values().length, formats.size(), formats.toString());
        assertTrue(oneLineFragments > fragments * 7 / 10, "one-line fragments: " + oneLineFragments);
        assertTrue(fragmentsAsTxt > 0 && fragmentsAsTxt < fragments, "fragments saved as txt: " + fragmentsAsTxt);
        assertTrue(defective > SAMPLE / 4 && defective < SAMPLE * 45 / 100, "defective: " + defective);
        assertEquals(Defect.values().length, defects.size(), defects.toString());
        assertTrue(defects.get(Defect.MALFORMED_MARKUP) >= defects.values().stream().mapToInt(i -> i).max()
                .getAsInt(), "markup faults lead: " + defects);
    }

    @Test
    void sizesSpreadOverTheRange() {
        int small = 0;
        int large = 0;
        for (GeneratedReport report : new ReportGenerator(42).generate(1, 300)) {
            int size = report.bytes().length;
            small += size < 10 * 1024 ? 1 : 0;
            large += size > 30 * 1024 ? 1 : 0;
        }
        assertTrue(small > 30, "reports under 10 KB: " + small);
        assertTrue(large > 30, "reports over 30 KB: " + large);
    }

    @Test
    void eachReportReadsAsTheFormatItWasWrittenIn() {
        for (GeneratedReport report : new ReportGenerator(42).generate(1, 200)) {
            DocumentFormat detected = DocumentFormat.detect(report.fileName(), report.text());
            DocumentFormat expected = switch (report.spec().format()) {
                case HTML_FRAGMENT, HTML_PAGE -> DocumentFormat.HTML;
                case MARKDOWN -> DocumentFormat.MARKDOWN;
                case TEXT -> DocumentFormat.TEXT;
            };
            assertEquals(expected, detected, report.fileName());
        }
    }

    @Test
    void pagesAreWholeDocumentsAndFragmentsAreNot() {
        for (GeneratedReport report : new ReportGenerator(42).generate(1, 100)) {
            boolean page = report.text().startsWith("<!DOCTYPE html>");
            assertEquals(report.spec().format() == Format.HTML_PAGE, page, report.fileName());
            if (report.spec().format() == Format.HTML_FRAGMENT) {
                assertFalse(report.text().contains("<body"), report.fileName());
            }
        }
    }

    @Test
    void badArgumentsAreOneLineErrors() {
        assertEquals("--count and --out are required", assertThrows(IllegalArgumentException.class,
                () -> GeneratorArguments.parse(new String[] {"--count", "3"})).getMessage());
        assertEquals("--count needs a whole number: many", assertThrows(IllegalArgumentException.class,
                () -> GeneratorArguments.parse(new String[] {"--count", "many", "--out", "x"})).getMessage());
        assertEquals("unknown option --size", assertThrows(IllegalArgumentException.class,
                () -> GeneratorArguments.parse(new String[] {"--size", "3"})).getMessage());
        assertEquals(new GeneratorArguments(3, Path.of("x"), 9),
                GeneratorArguments.parse(new String[] {"--out", "x", "--count", "3", "--seed", "9"}));
    }
}
