package org.reportlint.rules.markupleak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InlineMarkdownTest {

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
            "Led by **Acme** today~**Acme**",
            "**Acme Widgets Co., Ltd.**~**Acme Widgets Co., Ltd.**",
            "(**Acme**)~**Acme**",
            "Led by __Brightway Gears__.~__Brightway Gears__",
            "the *C. widgetii* strain~*C. widgetii*",
            "an *emphasised* word~*emphasised*",
            "[Sample](https://example.com/a?b=c)~[Sample](https://example.com/a?b=c)",
            "[Sample](www.example.com)~[Sample](www.example.com)",
            "[Report](reports/widgets.html)~[Report](reports/widgets.html)",
            "[Top](#top \"Back to top\")~[Top](#top \"Back to top\")",
            "![Chart](/img/chart.png)~![Chart](/img/chart.png)",
            "## Market Overview~## Market Overview",
            "###### Deep Level~###### Deep Level",
            "## Overview ##~## Overview",
            "Led by ***Acme Widgets***.~***Acme Widgets***",
            "|---|---|~|---|---|",
            "| --- | :---: | ---: |~| --- | :---: | ---: |",
    })
    void findsTheLeakedMarkdown(String text, String leaked) {
        assertEquals(List.of(leaked), leaked(text));
    }

    private static List<String> leaked(String text) {
        return InlineMarkdown.find(text, LineStarts.of(text), false).stream()
                .map(l -> text.substring(l.start(), l.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "5 * 3 * 2", "2*3*4", "Revenue* rose", "* Estimates", "Revenue** and Sales**", "rated *****",
            "a lone ** here", "** **", "a_b_c", "__init__", "snake_case_name", "#1 player", "C# code", "#widgets",
            "# of units", "## 2024", "#hashtag trend", "[1](2024)", "[see](Table 2)", "[a] (b)", "*** ***",
            "word**bold**", "\\*\\*escaped\\*\\*", "x *  y*", "*shrug*text",
            "| a | b |", "--- | text", "-----", "a - b - c",
    })
    void leavesNearMissesAlone(String text) {
        assertEquals(List.of(), InlineMarkdown.find(text, LineStarts.of(text), false));
    }

    @Test
    void boldRunsOverAWrappedLine() {
        String text = "Led by **Acme\n    Widgets** today";
        assertEquals(List.of("**Acme\n    Widgets**"), leaked(text));
    }

    @Test
    void aMarkdownTableIsFoundByItsDelimiterLine() {
        String text = "| Region | Share |\n|---|---|\n| North | 30% |";
        assertEquals(List.of("|---|---|"), leaked(text));
        assertEquals(List.of(), leaked("Region - North\n-----\n| a | b |\n--- | text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# Units", "# Sold"})
    void aSingleNumberSignInATableCellIsNotAHeading(String text) {
        assertEquals(List.of(), InlineMarkdown.find(text, LineStarts.of(text), true));
        assertEquals(1, InlineMarkdown.find(text, LineStarts.of(text), false).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Intro ## Heading", "growth of 5% ## Overview"})
    void headingsOnlyStartALine(String text) {
        assertEquals(List.of(), InlineMarkdown.find(text, LineStarts.of(text), false));
    }
}
