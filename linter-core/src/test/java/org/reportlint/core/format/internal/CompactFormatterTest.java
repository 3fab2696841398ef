package org.reportlint.core.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.LintResult;
import org.reportlint.core.rule.Severity;

class CompactFormatterTest {

    @Test
    void writesOneLinePerFindingInFileOrderAndOneForAnUnreadableFile() {
        assertEquals("""
                reports/b.html:2:17: error: Placeholder "$xxx" left in text [placeholder]
                reports/b.html:2:33: warning: Placeholder "20XX" left in text [placeholder]
                reports/b.html:3:8: error: End tag </h1> does not match the open <h2> [malformed-html]
                reports/locked.html: error: cannot read: permission denied
                """, new CompactFormatter().format(Results.mixed()));
    }

    @Test
    void controlCharactersCannotBreakTheLineOrRecolorTheTerminal() {
        String source = "<p>50% done</p>\n";
        LintResult result = LintResult.of(List.of(new FileResult("dir/a\u001b[31m.html", Optional.of("html"),
                List.of(Results.finding(source, "style", Severity.INFO, "50%", "Odd\r\nforged: error: x\u001b[2J")),
                List.of(), List.of(), 0)));
        assertEquals("dir/a\u241b[31m.html:1:4: info: Odd\u240d\u240aforged: error: x\u241b[2J [style]\n",
                new CompactFormatter().format(result));
    }

    @Test
    void saysNothingWhenThereIsNothingToSay() {
        LintResult clean = LintResult.of(List.of(
                new FileResult("a.html", Optional.of("html"), List.of(), List.of(), List.of(), 0)));
        assertEquals("", new CompactFormatter().format(clean));
    }
}
