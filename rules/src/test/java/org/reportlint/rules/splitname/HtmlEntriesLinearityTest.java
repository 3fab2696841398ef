package org.reportlint.rules.splitname;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportlint.core.document.DocumentParser;

/** Nested and wide tables: the nodes visited to find entries must grow linearly with the document. */
class HtmlEntriesLinearityTest {

    private static long work(String html) {
        return HtmlEntries.scan(DocumentParser.parse("a.html", html)).work();
    }

    /** Tables nested {@code depth} deep, each with a row of text above the row that holds the next table. */
    private static String nested(int depth) {
        return "<table><tr><td>Acme Holdings</td></tr><tr><td>".repeat(depth) + "Inc." + "</td></tr></table>".repeat(depth);
    }

    /** Two rows of {@code columns} cells each, so every column asks whether its row can go. */
    private static String wide(int columns) {
        String row = "<tr>" + "<td>Acme</td>".repeat(columns) + "</tr>";
        return "<table>" + row + row + "</table>";
    }

    private static void assertLinear(long small, long large) {
        assertTrue(large < 2.5 * small, "work went from " + small + " to " + large + " when the input doubled");
    }

    @Test
    void nestedTablesAreWalkedOnce() {
        assertLinear(work(nested(300)), work(nested(600)));
    }

    @Test
    void aWideTableChecksEachRowOnce() {
        assertLinear(work(wide(2_000)), work(wide(4_000)));
    }
}
