package org.reportlint.rules.crossdocumentfigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a market as the reports of a run are matched by: lower case, without {@code market} and {@code global},
 * each word singular, aliases replaced by their first name and the words sorted, so that "Global Hand and Power Tools
 * Market" and "power and hand tool market" are one market. Region words stay: "Europe widget market" is not the
 * widget market.
 */
final class MarketKey {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/\\-\u2010-\u2015,;:()]+");
    /** Words that do not tell one market from another. */
    private static final Set<String> DROPPED = Set.of("market", "markets", "global", "worldwide", "the", "and", "&");

    private MarketKey() {
    }

    /** The key of {@code name}; empty when no word of it tells the market apart. */
    static String of(String name, Aliases aliases) {
        List<String> words = new ArrayList<>(aliases.replace(words(name)));
        words.sort(null);
        return String.join(" ", words);
    }

    /** The words of a name as keys compare them: lower case, singular, in the order written. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(name.toLowerCase(Locale.ROOT))) {
            String w = trimPunctuation(word);
            if (!w.isEmpty() && !DROPPED.contains(w)) {
                words.add(singular(w));
            }
        }
        return words;
    }

    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        String trimmed = word.substring(start, end);
        // "vendor's" and "vendors'" are the word "vendor"
        return trimmed.endsWith("'s") || trimmed.endsWith("\u2019s") ? trimmed.substring(0, trimmed.length() - 2)
                : trimmed;
    }

    /** A crude singular, enough to match "tools" with "tool" and "batteries" with "battery". */
    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
