package org.reportlint.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tables give what the Unicode tables give, for every character. */
class WordCharsTest {

    @Test
    void wordCharactersAndTheirLowerCaseAreTheUnicodeTablesOnes() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            int expected = Character.isLetterOrDigit((char) c) ? Character.toLowerCase((char) c) : -1;
            assertEquals(expected, WordChars.lowerCase((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void spacesAreWhiteSpaceAndTheNoBreakSpace() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace((char) c) || c == '\u00a0';
            assertEquals(expected, WordChars.isSpace((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
