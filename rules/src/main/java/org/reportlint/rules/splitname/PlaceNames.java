package org.reportlint.rules.splitname;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises two consecutive entries that together are exactly one place name of several words. */
final class PlaceNames {
    private static final String RESOURCE = "place-names.txt";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Set<String> names;

    private PlaceNames(List<String> places) {
        Set<String> normalised = new HashSet<>();
        for (String place : places) {
            normalised.add(normalise(place));
        }
        this.names = Set.copyOf(normalised);
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
        String head = normalise(start);
        String tail = normalise(rest);
        return !head.isEmpty() && !tail.isEmpty() && names.contains(head + " " + tail);
    }

    /** Lower case with runs of whitespace, no-break spaces included, as one space. */
    private static String normalise(String text) {
        return WHITESPACE.matcher(text.replace('\u00A0', ' ').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
