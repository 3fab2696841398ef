package org.reportlint.rules.splitname;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Recognises two consecutive entries that together are exactly one place name of several words. */
final class PlaceNames {
    private static final String RESOURCE = "place-names.txt";

    private final Set<String> names;
    /** The length of the longest normalised name: a longer pair of entries is no name. */
    private final int longest;

    private PlaceNames(List<String> places) {
        Set<String> normalised = new HashSet<>();
        int max = 0;
        for (String place : places) {
            String name = normalise(place);
            normalised.add(name);
            max = Math.max(max, name.length());
        }
        this.names = Set.copyOf(normalised);
        this.longest = max;
    }

    /** The names shipped with the rule. */
    static PlaceNames load() {
        return of(WordList.read(PlaceNames.class, RESOURCE));
    }

    static PlaceNames of(List<String> places) {
        return new PlaceNames(places);
    }

    /**
     * Whether {@code rest} completes {@code start} to a known place name: {@code Saudi} / {@code Arabia}, but not
     * {@code South} / {@code Bosnia}, nor {@code Middle East} / {@code Africa}.
     */
    boolean completes(String start, String rest) {
        // Most pairs are sentences or long entries: counted, they are too long before anything is normalised.
        int atLeast = visibleAscii(start, longest);
        if (atLeast + 1 + visibleAscii(rest, longest - atLeast) > longest) {
            return false;
        }
        String head = normalise(start);
        String tail = normalise(rest);
        return !head.isEmpty() && !tail.isEmpty() && names.contains(head + " " + tail);
    }

    /**
     * How many printable ASCII characters {@code text} has, counting no further than past {@code limit}: each is one
     * character of its normalised form (it is neither blank nor changed in length by lower-casing), so the normalised
     * form is at least that long.
     */
    private static int visibleAscii(String text, int limit) {
        int count = 0;
        for (int i = 0; i < text.length() && count <= limit; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x80) {
                count++;
            }
        }
        return count;
    }

    /** Lower case with runs of whitespace, no-break spaces included, as one space. */
    private static String normalise(String text) {
        // By hand rather than with a pattern: asked twice for every pair of entries a document has.
        String stripped = text.replace('\u00A0', ' ').strip();
        StringBuilder collapsed = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isPatternSpace(c)) {
                if (!inRun) {
                    collapsed.append(' ');
                }
                inRun = true;
            } else {
                collapsed.append(c);
                inRun = false;
            }
        }
        return collapsed.toString().toLowerCase(Locale.ROOT);
    }

    /** What {@code \\s} matches: ASCII whitespace only. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
