package org.reportlint.rules.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/** The cross-document harness fails on a missing, an unexpected and a misworded finding in any file of the run. */
class CrossDocumentFixturesTest {

    /** Flags the first block of every document after the first whose first block has the same text. */
    private static final class SameFirstBlock implements CrossDocumentRule<SameFirstBlock.First> {
        record First(String text, DocumentLocation at) {
        }

        @Override
        public RuleMetadata metadata() {
            return RuleMetadata.builder("same-first-block").summary("Same first block")
                    .severity(Severity.INFO).build();
        }

        @Override
        public Optional<First> collect(CollectContext context) {
            List<TextBlock> blocks = context.document().blocks();
            if (blocks.isEmpty()) {
                return Optional.empty();
            }
            TextBlock block = blocks.get(0);
            TextRange range = block.sourceRange(0, block.text().length());
            return Optional.of(new First(block.text(), context.locate(range)));
        }

        @Override
        public void report(List<First> collected, CrossDocumentContext context) {
            Map<String, First> seen = new LinkedHashMap<>();
            for (First first : collected) {
                First earlier = seen.putIfAbsent(first.text(), first);
                if (earlier != null) {
                    context.report(CrossDocumentProblem.at(first.at(), "Same as " + earlier.at().path())
                            .withRelated(earlier.at(), "the first"));
                }
            }
        }
    }

    private static Map<String, String> docs(String... pathsAndTexts) {
        Map<String, String> docs = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            docs.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return docs;
    }

    @Test
    void findingsArriveInTheirFilesWithRelatedLocationsElsewhere() {
        List<FileResult> results = CrossDocumentFixtures.lint(new SameFirstBlock(),
                docs("a.md", "Hello there.\n", "b.md", "Hello there.\n"));
        assertEquals(List.of(), results.get(0).findings());
        assertEquals("Same as a.md", results.get(1).findings().get(0).message());
        assertEquals(Optional.of("a.md"), results.get(1).findings().get(0).related().get(0).path());
    }

    @Test
    void aFolderWhoseMarkersMatchPasses() {
        List<FileResult> results = CrossDocumentFixtures.assertFixtureFolder(new SameFirstBlock(),
                "/harness/cross-document/matching");
        assertEquals(2, results.size());
    }

    @Test
    void aMissingAnUnexpectedAndAMiswordedFindingEachFail() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> CrossDocumentFixtures.assertFixtureFolder(new SameFirstBlock(),
                        "/harness/cross-document/wrong"));
        String report = failure.getMessage();
        assertTrue(report.contains("b.md missing:    1: same-first-block \"Hello there.\" \"Same as nobody\""),
                report);
        assertTrue(report.contains("b.md unexpected: 1: same-first-block \"Hello there.\" \"Same as a.md\""),
                report);
        assertTrue(report.contains("c.md missing:    1: same-first-block \"Other.\""), report);
        assertTrue(report.contains("d.md unexpected: 1: same-first-block \"Hello there.\""), report);
    }

    @Test
    void twoFilesThatDisagreeOnOptionsAreABrokenFixture() {
        assertThrows(IllegalArgumentException.class, () -> CrossDocumentFixtures.lint(new SameFirstBlock(),
                docs("a.md", "<!-- options: {\"x\": 1} -->\nA.\n", "b.md", "<!-- options: {\"x\": 2} -->\nA.\n")));
    }
}
