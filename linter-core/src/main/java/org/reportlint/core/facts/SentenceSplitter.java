package org.reportlint.core.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.reportlint.core.document.TextBlock;

/**
 * The sentences of a block's text, so that words of one sentence do not classify a year range in the next.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} followed by space and a word that is not lower case, but not
 * after an abbreviation or initial ({@code U.S.}, {@code Inc.}, {@code e.g.}); a decimal point is never followed by
 * space, so {@code 14.6%} stays whole. Bullets and hard line breaks also end a sentence. The pieces partition the
 * text, blanks included, so every index has a sentence.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "co", "corp", "ltd", "llc", "plc", "bhd", "pvt", "no", "nos", "vs", "approx", "est", "etc", "e.g",
            "i.e", "mr", "mrs", "ms", "dr", "st", "fig", "figs", "vol", "al", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "mn", "bn", "mln", "bln");

    private final int length;
    private final List<Integer> starts;

    private SentenceSplitter(int length, List<Integer> starts) {
        this.length = length;
        this.starts = starts;
    }

    /** Splits the text of {@code block} at its sentence ends and hard line breaks. */
    static SentenceSplitter of(TextBlock block) {
        return of(block.text(), block::isLineBreak);
    }

    /**
     * Splits {@code text}; {@code isLineBreak} says whether a newline at an index is a real line break (in HTML a
     * {@code <br>}) rather than wrapped source text.
     */
    static SentenceSplitter of(String text, IntPredicate isLineBreak) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2022' && i > 0) {
                starts.add(i);
            } else if (c == '\n' && isLineBreak.test(i)) {
                starts.add(i + 1);
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                starts.add(i + 1);
            }
        }
        return new SentenceSplitter(text.length(), List.copyOf(starts));
    }

    /** Where each piece starts, in text order; the first is 0. */
    List<Integer> starts() {
        return starts;
    }

    /** The length of the split text. */
    int length() {
        return length;
    }

    /** The index where the sentence holding {@code index} starts. */
    int startOf(int index) {
        int at = Collections.binarySearch(starts, index);
        return at >= 0 ? starts.get(at) : starts.get(-at - 2);
    }

    /** The index just after the sentence holding {@code index}. */
    int endOf(int index) {
        int at = Collections.binarySearch(starts, index);
        int next = at >= 0 ? at + 1 : -at - 1;
        return next < starts.size() ? starts.get(next) : length;
    }

    private static boolean endsSentence(String text, int stop) {
        int after = stop + 1;
        while (after < text.length() && "\"')]\u201d\u2019".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        if (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after < text.length() && Character.isLowerCase(text.charAt(after))) {
            return false;
        }
        return text.charAt(stop) != '.' || !followsAbbreviation(text, stop);
    }

    private static boolean followsAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        // "U.S", "U.A.E" and single initials: a dot inside the word or a lone capital.
        if (word.contains(".") || word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
