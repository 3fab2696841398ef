package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateSyntaxMatcherTest {
    private final TemplateSyntaxMatcher matcher = TemplateSyntaxMatcher.forText();

    @Test
    void flagsEachTemplateLanguage() {
        assertEquals(List.of("{{ name }}", "{% for r in regions %}", "${var}", "<%= x %>", "[[name]]",
                        "[Insert company]", "[Company Name]", "%s", "%d", "{0}", "{company_name}"),
                Matches.of(matcher, "{{ name }} {% for r in regions %} ${var} <%= x %> [[name]] [Insert company] "
                        + "[Company Name] %s and %d in {0} for {company_name}"));
    }

    @Test
    void attributesOnlyCountDelimitedSyntax() {
        assertEquals(List.of("{{ slug }}"),
                Matches.of(TemplateSyntaxMatcher.forAttributes(), "/r/{{ slug }}/a%2fb?q=%s&n={0}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Company Name](https://example.com)", "[Name]: https://example.com", "[1] Source",
            "x^{2} and a_{1}", "100%s", "a 50% share", "hello%20world", "{Introduction}", "rate of 5%",
            "the regex a\\{2} repeats"})
    void ignoresLinksMathAndPercentages(String text) {
        assertEquals(List.of(), Matches.of(matcher, text));
    }
}
