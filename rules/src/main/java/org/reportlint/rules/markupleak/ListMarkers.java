package org.reportlint.rules.markupleak;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Markdown list markers ({@code - }, {@code * }, {@code + }, {@code 1. }) at the start of a line of HTML text.
 *
 * <p>One such line alone is not proof: a paragraph may start with a footnote star ({@code * Estimates}), a number
 * or a dash. These are candidates, which the rule reports only when they form a list (another marker in the same or
 * the neighbouring text block) or, for a dash or plus, when the document shows other unrendered Markdown: a footnote
 * star and a numbered paragraph are common on their own in pages written as HTML.
 */
final class ListMarkers {
    /** The marker and its space, then a line that says something: a thematic break {@code * * *} does not. */
    private static final Pattern MARKER = Pattern.compile("([-*+]|\\d{1,2}\\.)[ \\t]+(?=[^\\n]*\\p{L})");

    private ListMarkers() {
    }

    static List<Leak> find(String text, int[] lineStarts) {
        List<Leak> markers = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        for (int start : lineStarts) {
            if (marker.region(start, text.length()).lookingAt() && !isFollowedByMarker(text, marker.end())) {
                markers.add(new Leak(start, marker.end(1),
                        "Markdown list marker \"" + marker.group(1) + "\" shown as text"));
            }
        }
        return markers;
    }

    /** Whether the marker is followed by another marker character, as in {@code - - -} or {@code * *}. */
    private static boolean isFollowedByMarker(String text, int at) {
        return at < text.length() && "-*+".indexOf(text.charAt(at)) >= 0
                && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }
}
