package org.reportlint.rules.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MaskedNumberMatcherTest {
    private final MaskedNumberMatcher matcher = new MaskedNumberMatcher();

    @Test
    void flagsMasksBesideCurrencyPercentUnitOrMagnitude() {
        assertEquals(List.of("$xxx million", "USD XX", "XX%", "x%", "XX.X%", "USD XX billion", "XX million units",
                        "20XX", "US$ X,XXX", "***** million cases", "*** percent", "FY20XX"),
                Matches.of(matcher, "Size $xxx million; USD XX; XX% and x% CAGR; XX.X% share; USD XX billion; "
                        + "XX million units by 20XX; US$ X,XXX each; ***** million cases; *** percent; FY20XX."));
    }

    @Test
    void flagsAsteriskRunStandingForAShare() {
        assertEquals(List.of("*********"), Matches.of(matcher, "Vodka was about ********* of the total."));
    }

    @Test
    void flagsSymbolMasksBesideAFigure() {
        assertEquals(List.of("$__ million", "$###", "$??", "??%", "[\u25CF] million", "N%", "xx.x%", "Xx%", "20__"),
                Matches.of(matcher, "worth $__ million, $### and $?? each; ??% share, [\u25CF] million, N% of "
                        + "sales, xx.x% and Xx% growth by 20__"));
    }

    @Test
    void flagsStarsOnlyAfterAFiguresLead() {
        assertEquals(List.of("*****"), Matches.of(matcher, "It was about ***** of the total."));
        assertEquals(List.of(), Matches.of(matcher, "The hotel is rated ***** by guests."));
        assertEquals(List.of(), Matches.of(matcher, "Service 5/5 ***** would buy again."));
        assertEquals(List.of(), Matches.of(matcher, "Guests gave about ***** stars in reviews."));
    }

    @Test
    void flagsBareMaskAfterCagr() {
        assertEquals(List.of("XX"), Matches.of(matcher, "growing at a CAGR of XX during 2024-2030"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXL shirts", "x86 servers", "10x faster", "Xbox sales", "Super Bowl XX", "Chapter XX",
            "a CAGR of 14.6%", "USD 0.45 Billion", "2024 to 2030", "Tesla Model X units", "Windows XP",
            "* percent of buyers is a bullet", "**bold** text", "a 4 x 4 million grid", "X-ray units",
            "Mac OS X users", "use $* for the arguments", "tags *%:8* and * %", "the shell variable $x", "$** glob",
            "former X users", "Gen-X users", "Super Bowl XX units", "iPhone X", "# of units", "## million views",
            "C# 10 users", "Really?? 40% agreed", "\u2605\u2605\u2605\u2605\u2605 rated", "x = 5 %"})
    void ignoresRealValuesAndNames(String text) {
        assertEquals(List.of(), Matches.of(matcher, text));
    }
}
