package org.reportlint.core.vocabulary;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text, lower-cased: runs of letters, digits and underscores, the characters custom rules and
 * vocabularies treat as continuing a word. Lets a long list skip the entries a text cannot contain.
 */
public final class WordSet {
    private final Set<String> words;

    private WordSet(Set<String> words) {
        this.words = words;
    }

    public static WordSet of(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWord(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return new WordSet(words);
    }

    /** The word {@code text} starts with, lower-cased; empty when it starts with anything else. */
    public static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && isWord(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }

    public boolean contains(String lowerCasedWord) {
        return words.contains(lowerCasedWord);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
