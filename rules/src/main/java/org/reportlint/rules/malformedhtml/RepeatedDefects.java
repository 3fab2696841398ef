package org.reportlint.rules.malformedhtml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds a defect that recurs through the document, such as a tag left open in every row a template renders, into
 * one report at its first place with the others counted.
 *
 * <p>Two defects are the same when they have the same kind and involve the same tags (or the same id or attribute),
 * wherever they are; only the positions differ. It takes {@value #MIN_REPEATS} of them to make a run: a defect seen
 * twice is reported twice, as two separate slips are as likely as one cause.
 */
final class RepeatedDefects {
    /** From how many identical defects on they are reported as one. */
    static final int MIN_REPEATS = 3;

    private RepeatedDefects() {
    }

    /** One defect and the later places where the same defect recurs; {@code repeats} is empty for a single one. */
    record Group(HtmlDefect first, List<HtmlDefect> repeats) {
    }

    /** Groups defects given in document order; the groups come in the order of their first defect. */
    static List<Group> group(List<HtmlDefect> defects) {
        Map<Key, List<HtmlDefect>> byKey = new LinkedHashMap<>();
        for (HtmlDefect defect : defects) {
            byKey.computeIfAbsent(Key.of(defect), k -> new ArrayList<>()).add(defect);
        }
        List<Group> groups = new ArrayList<>();
        for (List<HtmlDefect> same : byKey.values()) {
            if (same.size() >= MIN_REPEATS) {
                groups.add(new Group(same.get(0), List.copyOf(same.subList(1, same.size()))));
            } else {
                same.forEach(defect -> groups.add(new Group(defect, List.of())));
            }
        }
        groups.sort((a, b) -> a.first().range().compareTo(b.first().range()));
        return groups;
    }

    /** What a defect says apart from where: its kind and the names in its message. */
    private record Key(HtmlDefect.Kind kind, String tag, String open, String other) {
        static Key of(HtmlDefect defect) {
            return new Key(defect.kind(), defect.tag(), name(defect.open()), name(defect.other()));
        }

        private static String name(Optional<ElementStart> element) {
            return element.map(ElementStart::name).orElse("");
        }
    }
}
