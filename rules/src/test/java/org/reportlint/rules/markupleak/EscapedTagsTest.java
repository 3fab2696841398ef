package org.reportlint.rules.markupleak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EscapedTagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>Text|<p>",
            "Text</p>|</p>",
            "Text< /span> more|< /span>",
            "Text</ p>|</ p>",
            "one<br/>two|<br/>",
            "one<br />two|<br />",
            "<BR>|<BR>",
            "<div class=\"note\" id=x>|<div class=\"note\" id=x>",
            "<h2>|<h2>",
            "<img src='a.png' alt='A'>|<img src='a.png' alt='A'>",
    })
    void findsTags(String text, String tag) {
        assertEquals(List.of(tag), EscapedTags.find(text).stream()
                .map(l -> text.substring(l.start(), l.end())).toList());
    }

    @Test
    void aOneLetterStartTagNeedsItsEndTag() {
        assertEquals(List.of(), EscapedTags.find("if x<b>y then"));
        assertEquals(2, EscapedTags.find("<b>Acme</b>").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"< 5%", "a < b > c", "x<y and y>z", "<3", "<Market Name>", "<<name>>", "< p >",
            "<paragraph>", "<br-like>", "-> and <-", "<= 5 and >= 2"})
    void leavesComparisonsAndSlotsAlone(String text) {
        assertEquals(List.of(), EscapedTags.find(text));
    }
}
