package org.reportlint.core.custom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlint.core.facts.Subject;

/**
 * Whose figures a figure rule checks, by the names a config uses: {@code market} (the document's own market as a
 * whole), {@code segment}, {@code region}, {@code company}, {@code other-market}.
 */
public record SubjectFilter(Set<Subject.Kind> kinds) {
    private static final Map<String, Subject.Kind> NAMES = byName();

    public SubjectFilter {
        kinds = Set.copyOf(kinds);
    }

    /** The names a config may use, in the order of {@link Subject.Kind}. */
    public static List<String> names() {
        return List.copyOf(NAMES.keySet());
    }

    /** The subject kind a config name stands for, or null. */
    public static Subject.Kind kindOf(String name) {
        return NAMES.get(name);
    }

    /** The document's market alone: what "the CAGR" and "the market size" of a report are. */
    public static SubjectFilter market() {
        return new SubjectFilter(Set.of(Subject.Kind.DOCUMENT_MARKET));
    }

    boolean admits(Subject subject) {
        return kinds.contains(subject.kind());
    }

    @Override
    public String toString() {
        return String.join(", ", NAMES.entrySet().stream().filter(e -> kinds.contains(e.getValue()))
                .map(Map.Entry::getKey).toList());
    }

    private static Map<String, Subject.Kind> byName() {
        Map<String, Subject.Kind> names = new LinkedHashMap<>();
        names.put("market", Subject.Kind.DOCUMENT_MARKET);
        names.put("segment", Subject.Kind.SEGMENT);
        names.put("region", Subject.Kind.REGION);
        names.put("company", Subject.Kind.COMPANY);
        names.put("other-market", Subject.Kind.OTHER_MARKET);
        return names;
    }
}
