package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The literal strings the {@code allow} option exempts, such as a real company called {@code Company X Ltd}: a match
 * inside an occurrence of one, or covering one, is dropped.
 */
final class AllowList {
    private final List<String> literals;

    AllowList(List<String> literals) {
        this.literals = literals.stream().filter(literal -> !literal.isEmpty()).toList();
    }

    /** Whether {@code match} concerns an allowed literal in {@code text}. */
    boolean allows(String text, TextMatch match) {
        return in(text).allows(match);
    }

    /**
     * The allowed literals' occurrences in {@code text}, found once, so that checking each of many matches costs a
     * binary search rather than a scan of the text.
     */
    InText in(String text) {
        List<Occurrences> found = new ArrayList<>();
        for (String literal : literals) {
            Starts starts = new Starts(text.length());
            Anchors.occurrences(text, literal, starts);
            if (!starts.isEmpty()) {
                found.add(new Occurrences(starts.sorted(), literal.length()));
            }
        }
        return new InText(found);
    }

    /** The occurrences of the allowed literals in one text. */
    static final class InText {
        private final List<Occurrences> occurrences;

        private InText(List<Occurrences> occurrences) {
            this.occurrences = occurrences;
        }

        boolean allows(TextMatch match) {
            for (Occurrences literal : occurrences) {
                if (literal.concerns(match)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where one literal of {@code length} characters starts, in increasing order. */
    private record Occurrences(int[] starts, int length) {
        /**
         * Whether an occurrence holds the match ({@code at <= start} and {@code end <= at + length}) or lies inside
         * it ({@code start <= at} and {@code at + length <= end}): either way its start lies between
         * {@code min(start, end - length)} and {@code max(start, end - length)}, and any start there is one.
         */
        boolean concerns(TextMatch match) {
            int low = Math.min(match.start(), match.end() - length);
            int high = Math.max(match.start(), match.end() - length);
            int index = Arrays.binarySearch(starts, low);
            int first = index >= 0 ? index : -index - 1;
            return first < starts.length && starts[first] <= high;
        }
    }
}
