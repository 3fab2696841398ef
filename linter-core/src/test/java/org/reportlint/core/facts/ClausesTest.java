package org.reportlint.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClausesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By vehicle type, passenger cars led with a 70% share.      | vehicle type",
        "Based on application, coatings held 41% of revenue.        | application",
        "On the basis of end-use industry, food led.                | end-use industry",
        "- By distribution channel: online sales grew fastest.      | distribution channel",
        "In terms of product, hand widgets lead.                    | product",
    })
    void readsBreakdownLeadIns(String sentence, String dimension) {
        assertEquals(Optional.of(dimension), Clauses.breakdown(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By 2030, the market will reach USD 5 billion.",
        "In terms of value, the market grows at 6%.",
        "Based on our analysis, the market grows at 6%.",
        "By contrast, the market slowed.",
    })
    void otherLeadInsAreNoBreakdown(String sentence) {
        assertEquals(Optional.empty(), Clauses.breakdown(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hardware led in 2024, while subscription services are rising at a 5% CAGR. | subscription services",
        "Manuals led with 57%, whereas automatics are advancing at a 7.5% CAGR.     | automatics",
        "Plastic held 42%; paper is progressing at a 5% CAGR.                       | paper",
        "Pouches accounted for 32% in 2023 and are expected to grow at a 5% CAGR.    | Pouches",
        "While hardware leads today, the market is growing at a 5% CAGR.            | the market",
        "According to the report, revenue will grow at a 5% CAGR.                   | According to the report, revenue",
        "The market grows at a 5% CAGR.                                             | The market",
    })
    void readsTheSubjectOfTheStatementsClause(String sentence, String subject) {
        int index = sentence.indexOf("5%");
        assertEquals(subject, Clauses.subjectOf(sentence, 0, index).map(Clauses.ClauseSubject::name)
                .orElse("none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A CAGR of 5% is expected.",
        "Growing at a 5% CAGR.",
        "In the years to come, as costs fall, adoption widens and new plants open in many regions, growth at 5% is likely.",
    })
    void clausesWithoutOneSubjectBeforeTheirVerbHaveNone(String sentence) {
        assertEquals(Optional.empty(), Clauses.subjectOf(sentence, 0, sentence.indexOf("5%")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "which", "Revenue", "the overall market", "According to the report, revenue",
        "global sales"})
    void pronounsAndMeasuresAreTheMarketItself(String subject) {
        assertEquals(true, Clauses.isMarketItself(subject));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pouches", "The overall packaging industry", "Global spending on packaging",
        "E-commerce packaging, a fast-growing niche"})
    void otherNounsAreNotTheMarket(String subject) {
        assertEquals(false, Clauses.isMarketItself(subject));
    }

    @Test
    void countsWordsAsSplittingOnBlanksDoes() {
        String[] pieces = {"a", "market", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\r\n", "-", ","};
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(24);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String subject = text.toString().strip();
            if (subject.isEmpty()) {
                continue;
            }
            for (int max = 1; max <= 9; max++) {
                assertEquals(subject.split("\\s+").length > max, Clauses.hasMoreWords(subject, max), subject);
            }
        }
    }
}
