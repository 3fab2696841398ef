package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class TextFormatterTest {

    @Test
    void groupsByFileWithCodeFramesAndASummary() {
        String expected = """
                reports/b.html
                  2:17  error    Placeholder "$xxx" left in text  placeholder  (fixable)
                    2 | <p>Market size: $xxx billion in 20XX</p>
                      |                 ^^^^
                  2:33  warning  Placeholder "20XX" left in text  placeholder
                    2 | <p>Market size: $xxx billion in 20XX</p>
                      |                                 ^^^^
                  3:8   error    End tag </h1> does not match the open <h2>  malformed-html
                    3 | <h2>FAQ</h1>
                      |        ^^^^^
                    = 3:1  <h2> opened here

                reports/image.txt
                  notice: skipped binary file

                reports/locked.html
                  error: cannot read: permission denied

                Score 66/100 overall; lowest: reports/b.html 32
                \u2716 3 problems (2 errors, 1 warning, 0 infos), 1 fixable, 1 suppressed
                \u2716 1 file could not be read
                1 file skipped, not linted
                """;
        assertEquals(expected, new TextFormatter(false).format(Results.mixed()));
    }

    @Test
    void saysSoWhenThereIsNothingToReport() {
        LintResult clean = LintResult.of(List.of(
                new FileResult("a.html", Optional.of("html"), List.of(), List.of(), List.of(), 0),
                new FileResult("b.md", Optional.of("markdown"), List.of(), List.of(), List.of(), 0)));
        assertEquals("No problems found in 2 files\n", new TextFormatter(false).format(clean));
        assertEquals("No problems found in 0 files\n", new TextFormatter(false).format(LintResult.of(List.of())));
    }

    @Test
    void cutsLongLinesAroundTheFindingAndMarksTheCuts() {
        String source = "a".repeat(300) + " $xxx " + "b".repeat(300);
        LintResult result = LintResult.of(List.of(new FileResult("long.txt", Optional.of("text"),
                List.of(Results.finding(source, "placeholder", Severity.ERROR, "$xxx", "Placeholder")),
                List.of(), List.of(), 0)));
        String[] lines = new TextFormatter(false).format(result).split("\n");
        assertEquals("  1:302  error    Placeholder  placeholder", lines[1]);
        String frame = lines[2];
        String carets = lines[3];
        assertEquals("    1 | \u2026", frame.substring(0, 9));
        assertEquals(true, frame.endsWith("\u2026"));
        assertEquals(frame.indexOf("$xxx"), carets.indexOf('^'));
        assertEquals("^^^^", carets.strip().replace("|", "").strip());
    }

    @Test
    void keepsTabsUnderTheCaretsAndNeutralisesControlCharacters() {
        String source = "\tvalue:\t\u001b[31m$xxx\n";
        LintResult result = LintResult.of(List.of(new FileResult("t.txt", Optional.of("text"),
                List.of(Results.finding(source, "placeholder", Severity.INFO, "$xxx", "Bad \u001b[2J")),
                List.of(), List.of(), 0)));
        String expected = """
                t.txt
                  1:14  info     Bad \u241b[2J  placeholder
                    1 | \tvalue:\t\u241b[31m$xxx
                      | \t      \t     ^^^^

                Score 95/100 overall; lowest: t.txt 95
                \u2716 1 problem (0 errors, 0 warnings, 1 info), 0 fixable
                """;
        assertEquals(expected, new TextFormatter(false).format(result));
    }

    @Test
    void colorsOnlyWhenAsked() {
        String colored = new TextFormatter(true).format(Results.mixed());
        assertEquals(true, colored.contains("\u001b[31merror\u001b[0m"));
        assertEquals(true, colored.contains("\u001b[4mreports/b.html\u001b[0m"));
        assertEquals(false, new TextFormatter(false).format(Results.mixed()).contains("\u001b"));
    }
}
