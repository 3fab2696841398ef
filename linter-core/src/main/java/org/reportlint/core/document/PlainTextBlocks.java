package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.List;

/** Splits plain text into paragraphs at blank lines; each paragraph keeps its line breaks. */
final class PlainTextBlocks {
    private PlainTextBlocks() {
    }

    static List<TextBlock> of(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        int paragraphStart = -1;
        int lastContentEnd = -1;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank && paragraphStart >= 0) {
                blocks.add(TextBlock.verbatim(BlockKind.PARAGRAPH, text.substring(paragraphStart, lastContentEnd),
                        paragraphStart));
                paragraphStart = -1;
            } else if (!blank) {
                if (paragraphStart < 0) {
                    paragraphStart = lineStart;
                }
                lastContentEnd = lineEnd;
            }
            if (lineEnd >= length) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < length
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        if (paragraphStart >= 0) {
            blocks.add(TextBlock.verbatim(BlockKind.PARAGRAPH, text.substring(paragraphStart, lastContentEnd),
                    paragraphStart));
        }
        return blocks;
    }
}
