package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.format.FormatContext;
import org.reportlint.core.format.FormatterRegistry;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.source.PairBoundary;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.testing.WordRule;
import org.reportlint.core.rule.Severity;

/**
 * A document full of astral characters and character references to lone surrogates, linted by rules that cut
 * surrogate pairs and quote half of them: every position stays on a character boundary and every format stays
 * valid, with U+FFFD where a surrogate has lost its partner.
 */
class HostileDocumentReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMOJI = "\uD83D\uDE00";
    /** A long line of astral characters, so code-frame windows are cut somewhere inside it. */
    private static final String SOURCE = "<p>lone &#xD800; and &#xDFFF; and " + EMOJI + "</p>\n<p>"
            + EMOJI.repeat(90) + "$xxx" + "\uD835\uDC00".repeat(90) + "</p>\n";

    /** Reports one UTF-16 unit at every surrogate, as a careless rule counting units would, quoting that unit. */
    static final class HalfPairRule implements Rule {
        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("half-pair").summary("Cuts pairs").severity(Severity.WARNING).build();
        }

        @Override
        public void check(RuleContext context) {
            String source = context.document().source();
            for (int at = 0; at < source.length(); at++) {
                if (Character.isSurrogate(source.charAt(at))) {
                    context.report(Problem.at(at, at + 1, "Half " + source.charAt(at) + " pair"));
                }
            }
        }
    }

    private static LintResult linted() {
        RuleSet rules = RuleSet.of(RuleRegistry.of(List.of(new HalfPairRule(),
                new WordRule("dollar", "$xxx", Severity.ERROR))), Preset.ALL, Map.of());
        FileResult file = new Linter().lint(SourceInput.ofContent("astral/\uD83D\uDE00.html",
                SOURCE.getBytes(StandardCharsets.UTF_8)), rules);
        return LintResult.of(List.of(file));
    }

    @Test
    void noSpanAndNoExcerptEndsInsideASurrogatePair() {
        List<Finding> findings = linted().files().get(0).findings();
        assertTrue(findings.size() > 300, "one finding per surrogate: " + findings.size());
        for (Finding finding : findings) {
            assertFalse(PairBoundary.splitsPair(SOURCE, finding.span().startOffset()), finding.toString());
            assertFalse(PairBoundary.splitsPair(SOURCE, finding.span().endOffset()), finding.toString());
            if (finding.rule().equals("half-pair")) {
                assertEquals(2, finding.span().length(), "a half-pair finding covers the whole character");
            }
            assertEncodable(finding.excerpt().text());
        }
    }

    @Test
    void everyFormatIsValidAndShowsLoneSurrogatesAsReplacementCharacters() throws Exception {
        LintResult result = linted();
        FormatContext context = new FormatContext("1.2.3", false, List.of());
        FormatterRegistry registry = FormatterRegistry.load(getClass().getClassLoader());
        for (String id : List.of("checkstyle", "compact", "github", "html", "json", "junit", "sarif", "text")) {
            String report = registry.find(id).orElseThrow().create(context).format(result);
            assertEncodable(report);
            assertTrue(report.contains("Half \uFFFD pair"), id + " shows the lost half as U+FFFD");
            assertTrue(report.contains(EMOJI), id + " keeps whole astral characters");
            switch (id) {
                case "json" -> {
                    JsonNode finding = JSON.readTree(report).get("files").get(0).get("findings").get(0);
                    assertEquals("Half \uFFFD pair", finding.get("message").asText());
                }
                case "sarif" -> assertDoesNotThrow(() -> JSON.readTree(report));
                case "checkstyle", "junit" -> assertDoesNotThrow(() -> XmlReports.parse(report));
                default -> {
                }
            }
        }
    }

    /** Fails on a lone surrogate, as a strict UTF-8 writer (a report file, a pipe) would. */
    private static void assertEncodable(String text) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException broken) {
            throw new AssertionError("not encodable as UTF-8: " + broken, broken);
        }
    }
}
