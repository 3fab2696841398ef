package org.reportlint.rules.regionmembership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;

class EntrySequencesTest {

    /** Whether a text has a hard line break, asked of every character: what oneLine finds with two searches. */
    private static boolean hasLineBreak(TextBlock text) {
        for (int i = 0; i < text.text().length(); i++) {
            if (text.isLineBreak(i)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void oneLineIsATextWithoutHardLineBreaksWhateverNewlinesItHolds() {
        String[] pieces = {"Korea", " ", "\n", "\r", "\r\n", "-"};
        Random random = new Random(21);
        for (int n = 0; n < 20_000; n++) {
            TextBlock.Builder builder = TextBlock.builder(BlockKind.PARAGRAPH, null);
            StringBuilder written = new StringBuilder();
            int count = random.nextInt(7);
            for (int i = 0; i < count; i++) {
                if (random.nextInt(4) == 0) {
                    builder.addLineBreak(written.length(), written.length() + 4); // as <br>: a newline that breaks
                    written.append("<br>");
                } else {
                    String piece = pieces[random.nextInt(pieces.length)]; // kept as written: whitespace only
                    builder.addVerbatim(piece, 0, piece.length(), written.length());
                    written.append(piece);
                }
            }
            TextBlock html = builder.build();
            TextBlock plain = TextBlock.verbatim(BlockKind.PARAGRAPH, written.toString(), 0);
            for (TextBlock text : new TextBlock[] {html, plain}) {
                boolean blank = text.text().isBlank();
                assertEquals(!hasLineBreak(text) && !blank, EntrySequences.oneLine(text).isPresent(),
                        () -> text.text().replace("\n", "\\n").replace("\r", "\\r"));
            }
        }
    }
}
