package org.reportlint.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reportlint.core.rule.Severity;

/**
 * Two runs' findings matched by path, rule and fingerprint (the flagged text and its surroundings), never by line:
 * a finding whose lines moved is unchanged. Within one path, rule and fingerprint the findings are matched by
 * count, so a third copy of a defect that was there twice is one new finding.
 */
public final class ReportComparison {

    /** What happened to a finding between the runs. */
    public enum Status {
        NEW, RESOLVED, UNCHANGED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One finding with its status; its place is the new run's, or the old one's when resolved. */
    public record Change(Status status, String path, ReportSnapshot.Item finding) {
    }

    /** One document's counts and scores before and after. */
    public record DocumentChange(String path, int added, int resolved, int unchanged, OptionalInt oldScore,
                                 OptionalInt newScore) {
    }

    private final List<Change> changes;
    private final List<DocumentChange> documents;

    private ReportComparison(List<Change> changes, List<DocumentChange> documents) {
        this.changes = List.copyOf(changes);
        this.documents = List.copyOf(documents);
    }

    public static ReportComparison of(ReportSnapshot old, ReportSnapshot current) {
        Map<String, ReportSnapshot.Document> before = new HashMap<>();
        old.files().forEach(file -> before.put(file.path(), file));
        Map<String, ReportSnapshot.Document> after = new HashMap<>();
        current.files().forEach(file -> after.put(file.path(), file));
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        List<DocumentChange> documents = new ArrayList<>();
        for (String path : paths) {
            ReportSnapshot.Document was = before.get(path);
            ReportSnapshot.Document is = after.get(path);
            List<Change> here = match(path, was == null ? List.of() : was.findings(),
                    is == null ? List.of() : is.findings());
            changes.addAll(here);
            documents.add(new DocumentChange(path, count(here, Status.NEW), count(here, Status.RESOLVED),
                    count(here, Status.UNCHANGED), was == null ? OptionalInt.empty() : was.score(),
                    is == null ? OptionalInt.empty() : is.score()));
        }
        return new ReportComparison(changes, documents);
    }

    /** The findings of one path: each new one is unchanged while an old one with its rule and fingerprint is left. */
    public static List<Change> match(String path, List<ReportSnapshot.Item> old, List<ReportSnapshot.Item> current) {
        Map<String, List<ReportSnapshot.Item>> left = new LinkedHashMap<>();
        for (ReportSnapshot.Item item : old) {
            left.computeIfAbsent(key(item), k -> new ArrayList<>()).add(item);
        }
        List<Change> changes = new ArrayList<>();
        for (ReportSnapshot.Item item : current) {
            List<ReportSnapshot.Item> same = left.get(key(item));
            if (same != null && !same.isEmpty()) {
                same.remove(0);
                changes.add(new Change(Status.UNCHANGED, path, item));
            } else {
                changes.add(new Change(Status.NEW, path, item));
            }
        }
        left.values().forEach(items -> items.forEach(item -> changes.add(new Change(Status.RESOLVED, path, item))));
        return changes;
    }

    private static String key(ReportSnapshot.Item item) {
        return item.rule() + '\u0000' + item.fingerprint();
    }

    private static int count(List<Change> changes, Status status) {
        return (int) changes.stream().filter(change -> change.status() == status).count();
    }

    /** Every finding of both runs with its status, by path, then new ones, then resolved, in report order. */
    public List<Change> changes() {
        return changes;
    }

    /** Every document of either run, by path. */
    public List<DocumentChange> documents() {
        return documents;
    }

    public int count(Status status) {
        return count(changes, status);
    }

    /** Counts per rule, by rule id: new, resolved, unchanged. */
    public Map<String, int[]> byRule() {
        Map<String, int[]> rules = new TreeMap<>();
        for (Change change : changes) {
            rules.computeIfAbsent(change.finding().rule(), id -> new int[3])[change.status().ordinal()]++;
        }
        return rules;
    }

    /** Whether a new finding is at or above {@code level} (never, when empty). */
    public boolean hasNewAtLeast(java.util.Optional<Severity> level) {
        return level.isPresent() && changes.stream().anyMatch(change -> change.status() == Status.NEW
                && change.finding().severity().atLeast(level.get()));
    }
}
