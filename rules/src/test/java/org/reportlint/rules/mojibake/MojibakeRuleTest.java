package org.reportlint.rules.mojibake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.config.RuleSetting;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.result.Finding;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.rules.testing.RuleFixtures;

class MojibakeRuleTest {
    private final MojibakeRule rule = new MojibakeRule();

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report.txt", "report.md", "sentences.txt"})
    void fixtureFindingsMatchTheirMarkers(String fixture) {
        RuleFixtures.assertFixture(rule, "/fixtures/mojibake/" + fixture);
    }

    @Test
    void messageNamesTheDamageAndTheRepair() {
        List<Finding> findings = RuleFixtures.lint(rule, "seed.txt", "Insight into the marketâ€™s dynamics");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("Mojibake \"â€™\" (UTF-8 read as Windows-1252): should be \"’\"", finding.message());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(1, finding.span().start().line());
        assertEquals(24, finding.span().start().column());
        assertEquals(List.of(new TextEdit(23, 26, "’")), finding.fix().orElseThrow().edits());
    }

    @Test
    void messagesForOtherKindsOfDamage() {
        assertEquals(List.of(
                        "Mojibake \"Ã¢â‚¬â„¢\" (UTF-8 read as Windows-1252 twice): should be \"’\"",
                        "Mojibake \"Â<U+00A0>\" (UTF-8 read as Windows-1252): should be a no-break space",
                        "Mojibake \"ï»¿\" (UTF-8 read as Windows-1252): a byte order mark, should be removed",
                        "Mojibake \"â€\" (UTF-8 read as Windows-1252): a punctuation mark whose last byte was lost,"
                                + " so the original cannot be recovered",
                        "Mojibake \"Â\" before a space (a UTF-8 no-break space read as Windows-1252):"
                                + " should be removed",
                        "Replacement character U+FFFD: the original character was lost in a wrong decoding",
                        "Mojibake \"â<U+0080><U+0099>\" (UTF-8 read as Latin-1): should be \"’\""),
                messages("Ã¢â‚¬â„¢ 5Â\u00A0m ï»¿x â€ 4Â kg \uFFFD â\u0080\u0099"));
    }

    @Test
    void damageWrittenWithEntitiesOrMarkupIsReportedWithoutFix() {
        List<Finding> findings = RuleFixtures.lint(rule, "page.html",
                "<p>NestlÃ&copy; and Ã<b>¼</b> and 7Â&nbsp;% and NestlÃ©</p>");
        assertEquals(4, findings.size());
        assertEquals(List.of(false, false, false, true),
                findings.stream().map(finding -> finding.fix().isPresent()).toList());
    }

    @Test
    void titleIsChecked() {
        List<Finding> findings = RuleFixtures.lint(rule, "page.html",
                "<html><head><title>Marketâ€™s Outlook</title></head><body><p>Fine.</p></body></html>");
        assertEquals(1, findings.size());
        assertEquals("’", findings.get(0).fix().orElseThrow().edits().get(0).text());
    }

    @Test
    void replacementCharactersTheDecoderMadeAreLeftToTheEncodingFinding() {
        List<Finding> findings = lintBytes("page.html", "<p>caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, " and \uFFFD written as text</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("encoding"), findings.stream().map(Finding::rule).toList());
        List<Finding> valid = lintBytes("page.html",
                "<p>caf and \uFFFD written as text</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("mojibake"), valid.stream().map(Finding::rule).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report.txt"})
    void fixesProduceTheExpectedTextAndLeaveOnlyWhatCannotBeFixed(String name) {
        String source = resource("/fixtures/mojibake/fix/" + name);
        String expected = resource("/fixtures/mojibake/fix/" + name.replaceFirst("\\.(\\w+)$", ".fixed.$1"));
        String fixed = applyFixes(name, source);
        assertEquals(expected, fixed);
        assertEquals(fixed, applyFixes(name, fixed), "fixing again changes nothing");
        assertTrue(RuleFixtures.lint(rule, name, fixed).stream().allMatch(finding -> finding.fix().isEmpty()),
                "re-linting the fixed text finds only damage without a fix");
    }

    @Test
    void fixedTextHasNoFindingsAtAll() {
        String fixed = applyFixes("page.html",
                "<p>The marketâ€™s growth, by NestlÃ© in ZÃ¼rich, USDÂ\u00A05Â\u00A0bn.</p>");
        assertEquals("<p>The market’s growth, by Nestlé in Zürich, USD\u00A05\u00A0bn.</p>", fixed);
        assertEquals(List.of(), RuleFixtures.lint(rule, "page.html", fixed));
    }

    @Test
    void eachDamagedRunIsOneFindingWithOneEdit() {
        List<Finding> findings = RuleFixtures.lint(rule, "a.txt", "â€œÃ©tÃ©â€\u009D");
        assertEquals(List.of("“é", "é”"),
                findings.stream().map(finding -> finding.fix().orElseThrow().edits().get(0).text()).toList());
        assertTrue(findings.stream().allMatch(finding -> finding.fix().orElseThrow().edits().size() == 1));
    }

    @Test
    void metadataDeclaresAFixableRecommendedError() {
        assertEquals("mojibake", rule.metadata().id());
        assertEquals(Severity.ERROR, rule.metadata().defaultSeverity());
        assertTrue(rule.metadata().fixable());
        assertTrue(rule.metadata().recommended());
    }

    @Test
    void ruleIsRegisteredForServiceLoader() {
        assertTrue(ServiceLoader.load(Rule.class).stream().anyMatch(p -> p.type() == MojibakeRule.class));
    }

    private List<String> messages(String text) {
        return RuleFixtures.lint(rule, "a.txt", text).stream().map(Finding::message).toList();
    }

    private List<Finding> lintBytes(String name, byte[]... parts) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        RuleSet rules = RuleSet.of(RuleRegistry.of(List.of(rule)), Preset.NONE,
                Map.of("mojibake", new RuleSetting(Optional.of(Severity.ERROR), Optional.of(Map.of()))));
        return new Linter().lint(DocumentParser.parse(name, bytes.toByteArray()), rules).findings();
    }

    private String applyFixes(String name, String source) {
        return RuleFixtures.applyFixes(rule, name, source);
    }

    private static String resource(String path) {
        return RuleFixtures.read(path);
    }
}
