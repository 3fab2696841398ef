package org.reportlint.core.custom;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * One compiled RE2 pattern and how it matches. With word boundaries (the default), a match counts only when it
 * does not continue a word: if its first character is a letter, digit or underscore, the character before it must
 * not be one, and the same for its last character and the one after it. So {@code cat} does not match in
 * {@code concatenate}, and a pattern that starts or ends with punctuation ({@code $xxx}) still matches after a
 * space or a word. RE2 runs in time linear in the text, whatever the pattern.
 *
 * @param source the pattern as written in the config
 */
public record Term(String source, Pattern pattern, boolean wordBoundaries) {

    /** A match of the term in one text. */
    public record Match(int start, int end, String text) {
    }

    /** Every non-overlapping match in {@code text}, leftmost first. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            int start = matcher.start();
            int end = matcher.end();
            if (end > start && (!wordBoundaries || bounded(text, start, end))) {
                matches.add(new Match(start, end, text.substring(start, end)));
                from = end;
            } else if (end > start && isWord(text.charAt(start)) && start > 0 && isWord(text.charAt(start - 1))) {
                // Any match starting inside this word would be rejected the same way: skip the rest of the word,
                // so that a long word ("xaaaa...") costs one search, not one per character.
                from = endOfWord(text, start);
            } else {
                // An empty match, or one that ends inside a word: look again one character further.
                from = start + 1;
            }
        }
        return matches;
    }

    private static boolean bounded(String text, int start, int end) {
        boolean startsWord = isWord(text.charAt(start));
        boolean endsWord = isWord(text.charAt(end - 1));
        return !(startsWord && start > 0 && isWord(text.charAt(start - 1)))
                && !(endsWord && end < text.length() && isWord(text.charAt(end)));
    }

    private static int endOfWord(String text, int index) {
        int end = index;
        while (end < text.length() && isWord(text.charAt(end))) {
            end++;
        }
        return end;
    }

    static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
