package org.reportlint.rules.duplicatereport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * The words of a document's prose, normalised so that markup, format, case, punctuation and spacing do not make two
 * copies of one text differ: a report saved as HTML and as Markdown has the same words. The title ({@code <title>})
 * and the first heading are left out, because a report published twice under two titles is still one text.
 */
final class ProseWords {

    private ProseWords() {
    }

    /** Runs of letters and digits of every prose block but the title and first heading, lower-cased, in order. */
    static List<String> of(Document document) {
        List<String> words = new ArrayList<>();
        boolean firstHeading = true;
        for (TextBlock block : document.blocks()) {
            if (block.kind() == BlockKind.TITLE) {
                continue;
            }
            if (block.kind() == BlockKind.HEADING && firstHeading) {
                firstHeading = false;
                continue;
            }
            split(block.text(), words);
        }
        return words;
    }

    /** Adds the words of {@code text} to {@code words}; a word is a run of letters and digits. */
    static void split(String text, List<String> words) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }
}
