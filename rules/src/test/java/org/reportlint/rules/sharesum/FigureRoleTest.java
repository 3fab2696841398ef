package org.reportlint.rules.sharesum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.DocumentParser;
import org.reportlint.core.facts.Facts;

class FigureRoleTest {

    /** The role of each percentage of a one-paragraph text, in order. */
    private static List<FigureRole> roles(String text) {
        return Facts.of(DocumentParser.parse("roles.txt", text)).figures().stream().map(FigureRole::of).toList();
    }

    @Test
    void sharesInTheirForms() {
        assertEquals(List.of(FigureRole.SHARE, FigureRole.SHARE, FigureRole.SHARE),
                roles("Hand widgets held 46%, power widgets 41% and others 22% of the market."));
        assertEquals(List.of(FigureRole.SHARE), roles("North America: 38%"));
        assertEquals(List.of(FigureRole.SHARE), roles("Cordless models made up 58 percent of shipments."));
    }

    @Test
    void ratesAndChangesAreNotShares() {
        assertEquals(List.of(FigureRole.OTHER), roles("Revenue grew 12% last year."));
        assertEquals(List.of(FigureRole.OTHER), roles("Sales were up 8% in the quarter."));
        assertEquals(List.of(FigureRole.OTHER), roles("The market is set to expand at a CAGR of 6%."));
        assertEquals(List.of(FigureRole.OTHER), roles("CAGR (2024-2030): 6.3%"));
        assertEquals(List.of(FigureRole.OTHER, FigureRole.OTHER), roles("Its share rose from 35% to 40%."));
        assertEquals(List.of(FigureRole.OTHER), roles("Margins improved by 3%."));
        assertEquals(List.of(FigureRole.OTHER), roles("Prices rose by +5% in Europe."));
        assertEquals(List.of(FigureRole.OTHER), roles("Unit sales climbed 5% year-on-year."));
    }

    @Test
    void sharesOfAPopulationAreNotShares() {
        assertEquals(List.of(FigureRole.OTHER), roles("About 61% of respondents cite cost."));
        assertEquals(List.of(FigureRole.OTHER), roles("Acme earns 70% of its revenue abroad."));
    }

    @Test
    void combinedFiguresRestateTheParts() {
        assertEquals(List.of(FigureRole.RESTATEMENT), roles("The top three players hold a combined 55%."));
        assertEquals(List.of(FigureRole.RESTATEMENT), roles("Together they hold 55% of the market."));
        assertEquals(List.of(FigureRole.RESTATEMENT), roles("They hold 55% together."));
    }

    @Test
    void theClauseDecidesNotTheSentence() {
        assertEquals(List.of(FigureRole.SHARE, FigureRole.OTHER),
                roles("North America held 38%, growing at 5% a year."));
    }
}
