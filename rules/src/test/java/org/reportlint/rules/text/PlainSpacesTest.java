package org.reportlint.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainSpacesTest {
    private static final Set<Character> FIXED_WIDTH = Set.of('\u00A0', '\u202F', '\u2000', '\u2001', '\u2002',
            '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A');

    @Test
    void fixedWidthSpacesAreExactlyTheNoBreakAndFixedWidthOnes() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(FIXED_WIDTH.contains((char) c), PlainSpaces.isFixedWidthSpace((char) c), "U+" + c);
        }
    }

    @Test
    void replacesEachOneForOneAndCopiesOnlyWhenThereIsOne() {
        assertEquals("USD XX.X  billion, 5 %", PlainSpaces.of("USD\u00A0XX.X\u2009\u202Fbillion, 5\u2007%"));
        String plain = "USD XX.X billion\tand\u200Bmore";
        assertSame(plain, PlainSpaces.of(plain));
    }
}
