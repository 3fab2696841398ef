package org.reportlint.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.testing.WordRule;

class QualityScoreTest {
    private static final RuleSet RULES = RuleSet.of(RuleRegistry.of(List.of(
            new WordRule("dollar", "$xxx", Severity.ERROR), new WordRule("tbd", "TBD", Severity.WARNING))),
            Preset.ALL, Map.of());

    @Test
    void aCleanDocumentScoresOneHundredWhateverItsLength() {
        assertEquals(100, QualityScore.of(0, 0));
        assertEquals(100, QualityScore.of(0, 12_000));
    }

    @Test
    void followsTheDocumentedFormula() {
        // One error in 500 words: density 10, 100 * e^-0.5 = 60.65.
        assertEquals(61, QualityScore.of(10, 500));
        // Under 500 words counts as 500: a stub is not let off for being short.
        assertEquals(61, QualityScore.of(10, 20));
        // Two errors per 500 words: 100 * e^-1.
        assertEquals(37, QualityScore.of(20, 500));
        assertEquals(0, QualityScore.of(10_000, 500));
    }

    @Test
    void everyFindingAddedLowersTheScoreUntilItReachesZero() {
        int previous = 101;
        for (int weight = 0; weight <= 150; weight++) {
            int score = QualityScore.of(weight, 500);
            assertTrue(score <= previous, "weight " + weight + " scored " + score + " after " + previous);
            assertTrue(score >= 0 && score <= 100);
            previous = score;
        }
        assertEquals(0, previous);
        // Strictly lower while the score is far from 0: errors, warnings and infos each cost.
        assertTrue(QualityScore.of(3, 500) < QualityScore.of(1, 500));
        assertTrue(QualityScore.of(1, 500) < QualityScore.of(0, 500));
    }

    @Test
    void weighsErrorsWarningsAndInfos() {
        assertEquals(10, QualityScore.weight(Severity.ERROR));
        assertEquals(3, QualityScore.weight(Severity.WARNING));
        assertEquals(1, QualityScore.weight(Severity.INFO));
    }

    @Test
    void aReportDoubledWithAFindingPerParagraphKeepsItsScore() {
        String paragraph = "The robot market grew in every region this year, and the forecast is "
                + "$xxx for the next five years. " + "Analysts expect steady demand from factories. ".repeat(60)
                + "TBD\n\n";
        FileResult once = lint("once.txt", paragraph.repeat(3));
        FileResult twice = lint("twice.txt", paragraph.repeat(6));
        assertEquals(6, once.findings().size());
        assertEquals(12, twice.findings().size());
        assertEquals(2 * once.words(), twice.words());
        assertTrue(once.words() > 500, "long enough to be normalised: " + once.words());
        assertEquals(once.score(), twice.score());
        assertTrue(once.score().getAsInt() < 100);
    }

    @Test
    void countsTheWordsOfTheTextNotTheMarkup() {
        FileResult html = lint("a.html", "<html><head><title>Robot market</title></head><body>"
                + "<p class=\"lead intro wide\" data-x=\"1 2 3\">Sales rose <b>fast</b> - $4.2bn in 2025.</p></body></html>");
        FileResult text = lint("a.txt", "Robot market\n\nSales rose fast - $4.2bn in 2025.\n");
        assertEquals(8, text.words());
        assertEquals(text.words(), html.words());
    }

    @Test
    void aFileThatWasNotReadHasNoScore() {
        assertEquals(OptionalInt.empty(), FileResult.unreadable("a.html", "cannot read: gone").score());
        assertEquals(OptionalInt.empty(), FileResult.skipped("a.png", "skipped binary file").score());
        assertEquals(OptionalInt.of(100), new FileResult("a.html", Optional.of("html"), List.of(), List.of(),
                List.of(), 0, 0).score());
    }

    @Test
    void theOverallScoreIsTheMeanWeightedByWords() {
        QualityScore.Mean mean = new QualityScore.Mean();
        assertEquals(OptionalInt.empty(), mean.value());
        mean.add(FileResult.unreadable("gone.html", "cannot read: gone"));
        assertEquals(OptionalInt.empty(), mean.value());
        mean.add(100, 3000);
        mean.add(40, 1000);
        assertEquals(OptionalInt.of(85), mean.value());
    }

    private static FileResult lint(String path, String content) {
        return new Linter().lint(SourceInput.ofContent(path, content.getBytes(StandardCharsets.UTF_8)), RULES);
    }
}
