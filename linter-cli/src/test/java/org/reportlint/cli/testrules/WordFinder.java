package org.reportlint.cli.testrules;

import java.util.function.IntConsumer;

/** Finds every occurrence of a word in a document's source. */
final class WordFinder {

    private WordFinder() {
    }

    static void each(String source, String word, IntConsumer atOffset) {
        for (int at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + word.length())) {
            atOffset.accept(at);
        }
    }
}
