package org.reportlint.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlint.core.config.Preset;
import org.reportlint.core.config.RuleRegistry;
import org.reportlint.core.config.RuleSet;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.engine.Linter;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Finding;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.SourceInput;
import org.reportlint.core.testing.WordRule;

class SuppressionsTest {

    private static final RuleSet RULES = RuleSet.of(
            RuleRegistry.of(List.of(new WordRule("alpha", "AAA", Severity.ERROR), new WordRule("beta", "BBB", Severity.ERROR))), Preset.ALL, Map.of());

    private static FileResult lint(String text) {
        return new Linter().lint(SourceInput.ofContent("a.txt", text.getBytes(StandardCharsets.UTF_8)), RULES);
    }

    private static List<String> found(FileResult result) {
        return result.findings().stream().map(f -> f.span().start().line() + ":" + f.rule()).toList();
    }

    @Test
    void disableNextLineHidesOnlyTheNextLine() {
        FileResult result = lint("<!-- reportlint-disable-next-line alpha -- sample on purpose -->\nAAA BBB\nAAA");
        assertEquals(List.of("2:beta", "3:alpha"), found(result));
        assertEquals(1, result.suppressed());
    }

    @Test
    void disableLineHidesOnlyItsOwnLine() {
        FileResult result = lint("AAA\nAAA BBB <!-- reportlint-disable-line alpha -- sample on purpose -->\nAAA BBB");
        assertEquals(List.of("1:alpha", "2:beta", "3:alpha", "3:beta"), found(result));
        assertEquals(1, result.suppressed());
    }

    @Test
    void disableLineWithoutIdsHidesEveryRuleOnItsLineAndIsReportedWhenIdle() {
        assertEquals(List.of("2:alpha"), found(lint("AAA BBB <!-- reportlint-disable-line -->\nAAA")));
        List<Finding> idle = lint("AAA\n<!-- reportlint-disable-line beta -->\n").findings();
        assertEquals(List.of("1:alpha", "2:unused-suppression"), found(lint("AAA\n<!-- reportlint-disable-line beta -->\n")));
        assertEquals("Unused reportlint-disable-line directive: no \"beta\" problems were reported here",
                idle.get(1).message());
    }

    @Test
    void disableUntilEnable() {
        FileResult result = lint("AAA\n<!-- reportlint-disable -->\nAAA BBB\n<!-- reportlint-enable alpha -->\nAAA BBB");
        assertEquals(List.of("1:alpha", "5:alpha"), found(result));
        assertEquals(3, result.suppressed());
    }

    @Test
    void disableFileHidesEverywhere() {
        FileResult result = lint("AAA\nBBB\n<!-- reportlint-disable-file beta -->\nBBB");
        assertEquals(List.of("1:alpha"), found(result));
        assertEquals(2, result.suppressed());
    }

    @Test
    void aDirectiveThatHidesNothingIsReported() {
        FileResult result = lint("<!-- reportlint-disable-next-line alpha, beta -->\nAAA\n<!-- reportlint-disable-file -->");
        List<Finding> unused = result.findings();
        assertEquals(2, unused.size(), unused.toString());
        assertEquals("unused-suppression", unused.get(0).rule());
        assertEquals("Unused reportlint-disable-next-line directive: no \"beta\" problems were reported here",
                unused.get(0).message());
        assertEquals(1, unused.get(0).span().start().line());
        assertEquals("Unused reportlint-disable-file directive: no problems were reported here", unused.get(1).message());
    }

    @Test
    void directivesParseIdsAndReasons() {
        List<Directive> directives = DirectiveParser.parse(DocumentParser.parse("a.html",
                "<p>x</p><!-- reportlint-disable placeholder split-name -- sample value on purpose --><!-- reportlint-enabled -->"));
        assertEquals(1, directives.size());
        assertEquals(List.of("placeholder", "split-name"), directives.get(0).rules());
        assertEquals(Optional.of("sample value on purpose"), directives.get(0).reason());
    }

    @Test
    void aDirectiveIsUsedWhenAnyRoundOfFilteringHidesSomething() {
        var document = DocumentParser.parse("a.txt", "<!-- reportlint-disable-file alpha, beta -->\nAAA BBB\n");
        Suppressions suppressions = new Suppressions(DirectiveParser.parse(document));
        Finding alpha = new Linter().lint(DocumentParser.parse("a.txt", "AAA\n"), RULES).findings().get(0);
        Suppressions.Filtered first = suppressions.filter(List.of(alpha), Set.of());
        assertEquals(1, first.suppressed());
        assertEquals(Map.of(suppressions.directives().get(0), List.of("beta")), suppressions.unused(first.usage()));
        Finding beta = new Linter().lint(DocumentParser.parse("a.txt", "BBB\n"), RULES).findings().get(0);
        Suppressions.Filtered second = suppressions.filter(List.of(beta), Set.of());
        assertEquals(Map.of(), suppressions.unused(first.usage().plus(second.usage())));
        assertEquals(Map.of(suppressions.directives().get(0), List.of("alpha")), suppressions.unused(second.usage()));
    }
}
