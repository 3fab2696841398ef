package org.reportlint.benchmarks.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;

/**
 * The generator's defects are the ones reportlint finds, and its clean reports are clean: a small sample of one
 * set, linted with every rule on, so the benchmark measures the linter on what it is meant for.
 */
class SeededDefectsTest {
    private static final int PER_DEFECT = 3;
    private static final int CLEAN = 12;
    private static final RuleSet EVERY_RULE = RuleSet.of(
            RuleRegistry.load(SeededDefectsTest.class.getClassLoader()), Preset.ALL, Map.of());

    @Test
    void eachSeededDefectIsFoundByItsRuleAndCleanReportsHaveNoFinding() {
        Map<Defect, List<GeneratedReport>> withDefect = new EnumMap<>(Defect.class);
        List<GeneratedReport> clean = new ArrayList<>();
        ReportGenerator generator = new ReportGenerator(42);
        for (int index = 1; index < 2_000 && !sampled(withDefect, clean); index++) {
            GeneratedReport report = generator.generate(index);
            if (report.spec().defects().isEmpty() && clean.size() < CLEAN) {
                clean.add(report);
            }
            for (Defect defect : report.spec().defects()) {
                List<GeneratedReport> reports = withDefect.computeIfAbsent(defect, d -> new ArrayList<>());
                if (reports.size() < PER_DEFECT) {
                    reports.add(report);
                }
            }
        }
        assertTrue(sampled(withDefect, clean), "the first 2000 reports hold every defect: " + withDefect.keySet());
        withDefect.forEach((defect, reports) -> reports.forEach(report -> assertTrue(
                rulesFound(report).contains(defect.ruleId()),
                report.fileName() + " (" + report.spec().format() + ") has " + defect + " but its findings are "
                        + rulesFound(report))));
        for (GeneratedReport report : clean) {
            assertEquals(Set.of(), rulesFound(report), report.fileName() + " (" + report.spec().format() + ")");
        }
    }

    @Test
    void aReportsFindingsComeOnlyFromItsSeededDefects() {
        ReportGenerator generator = new ReportGenerator(7);
        for (int index = 1; index <= 20; index++) {
            GeneratedReport report = generator.generate(index);
            Set<String> seeded = report.spec().defects().stream().map(Defect::ruleId)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(seeded, rulesFound(report), report.fileName() + " (" + report.spec().format() + ")");
        }
    }

    private static boolean sampled(Map<Defect, List<GeneratedReport>> withDefect, List<GeneratedReport> clean) {
        return clean.size() == CLEAN && withDefect.size() == Defect.values().length
                && withDefect.values().stream().allMatch(reports -> reports.size() == PER_DEFECT);
    }

    private static Set<String> rulesFound(GeneratedReport report) {
        FileResult result = new Linter().lint(DocumentParser.parse(report.fileName(), report.bytes()), EVERY_RULE);
        assertEquals(List.of(), result.errors(), report.fileName());
        return result.findings().stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
    }
}
