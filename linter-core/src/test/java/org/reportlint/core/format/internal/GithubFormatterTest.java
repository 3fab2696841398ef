package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class GithubFormatterTest {

    @Test
    void writesOneWorkflowCommandPerFindingErrorsFirst() {
        String expected = """
                ::error file=reports/locked.html::cannot read: permission denied
                ::error file=reports/b.html,line=3,col=8,endLine=4,endColumn=1,title=malformed-html::End tag </h1> \
                does not match the open <h2>
                ::error file=reports/b.html,line=2,col=17,endLine=2,endColumn=21,title=placeholder::Placeholder \
                "$xxx" left in text
                ::warning file=reports/b.html,line=2,col=33,endLine=2,endColumn=37,title=placeholder::Placeholder \
                "20XX" left in text
                ::notice file=reports/image.txt::skipped binary file
                """;
        assertEquals(expected, new GithubFormatter().format(Results.mixed()));
    }

    /**
     * Many findings of one rule in the first file no longer hide the others: the first annotations take each rule
     * in turn, and each rule's findings take its files in turn.
     */
    @Test
    void theFirstAnnotationsCoverEveryRuleAndSpreadOverFiles() {
        String source = "<p>a</p><p>b</p><p>c</p>\n";
        List<org.reportlint.core.result.Finding> markup = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            markup.add(Results.finding(source, "malformed-html", Severity.ERROR, "<p>", "markup " + i));
        }
        LintResult result = LintResult.of(List.of(
                new FileResult("a.html", Optional.of("html"), markup, List.of(), List.of(), 0),
                new FileResult("b.html", Optional.of("html"), List.of(
                        Results.finding(source, "malformed-html", Severity.ERROR, "<p>", "markup b"),
                        Results.finding(source, "split-name", Severity.WARNING, "b", "split b")), List.of(),
                        List.of(), 0),
                new FileResult("c.html", Optional.of("html"), List.of(
                        Results.finding(source, "placeholder", Severity.ERROR, "c", "placeholder c")), List.of(),
                        List.of(), 0)));
        List<String> order = new GithubFormatter().format(result).lines()
                .map(line -> line.substring(line.indexOf("file=") + 5, line.indexOf(',')) + " "
                        + line.substring(line.lastIndexOf("::") + 2)).toList();
        assertEquals(List.of("a.html markup 0", "c.html placeholder c", "b.html markup b", "a.html markup 1",
                "a.html markup 2", "b.html split b"), order);
    }

    @Test
    void escapesDataAndPropertiesTheWayTheRunnerUnescapesThem() {
        String source = "<p>50% done: a, b</p>\n";
        LintResult result = LintResult.of(List.of(new FileResult("dir/a: b,c%.html", Optional.of("html"),
                List.of(Results.finding(source, "style", Severity.INFO, "50%", "Odd \"50%\"\r\nsee: a, b\u001b[2J")),
                List.of(), List.of(), 0)));
        assertEquals("::notice file=dir/a%3A b%2Cc%25.html,line=1,col=4,endLine=1,endColumn=7,title=style::"
                + "Odd \"50%25\"%0D%0Asee: a, b\u241b[2J\n", new GithubFormatter().format(result));
    }

    @Test
    void saysNothingWhenThereIsNothingToSay() {
        LintResult clean = LintResult.of(List.of(
                new FileResult("a.html", Optional.of("html"), List.of(), List.of(), List.of(), 0)));
        assertEquals("", new GithubFormatter().format(clean));
    }
}
