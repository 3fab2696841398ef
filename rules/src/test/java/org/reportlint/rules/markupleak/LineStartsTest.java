package org.reportlint.rules.markupleak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LineStartsTest {

    @Test
    void everyNonBlankLineStartsAfterItsIndentation() {
        assertArrayEquals(new int[] {0, 4, 12}, LineStarts.of("abc\ndef\n\n  \u00A0gh"));
    }

    @Test
    void blankTextHasNoLines() {
        assertArrayEquals(new int[0], LineStarts.of(" \n\t\n"));
        assertArrayEquals(new int[0], LineStarts.of(""));
    }

    @Test
    void manyLinesGrowTheArray() {
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10, 12, 14, 16, 18}, LineStarts.of("a\nb\nc\nd\ne\nf\ng\nh\ni\nj"));
    }
}
