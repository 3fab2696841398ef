package org.reportlint.core.config;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name a misspelled one most likely meant, for "did you mean" hints. */
public final class Nearest {

    private Nearest() {
    }

    /** The candidate closest to {@code typed} by edit distance, when it is close enough to be a likely typo. */
    public static Optional<String> to(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(typed, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        boolean close = best != null && (bestDistance <= Math.max(2, typed.length() / 3)
                || (typed.length() >= 3 && (best.startsWith(typed) || typed.startsWith(best))));
        return close ? Optional.of(best) : Optional.empty();
    }

    /** The hint to append to an error message: {@code  (did you mean "x"?)}, or nothing. */
    public static String hint(String typed, Collection<String> candidates) {
        return to(typed, candidates).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
