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
 * Two runs' findings matched by path, rule and fingerprint (the flagged text and its surroundings), then by path,
 * rule and message, never by line: a finding whose lines moved, or whose paragraph was edited around it, is
 * unchanged. Matching is by count, so a third copy of a defect that was there twice is one new finding.
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

    /**
     * The findings of one path. A new finding is unchanged while an old one with its rule and fingerprint is left;
     * then, because a fingerprint also covers the text around the flagged text, an edit elsewhere in the same
     * paragraph changes it: a finding still unmatched is unchanged while an unmatched old one with its rule and its
     * message is left (messages quote the flagged text, and carry no line numbers).
     */
    public static List<Change> match(String path, List<ReportSnapshot.Item> old, List<ReportSnapshot.Item> current) {
        Map<String, List<ReportSnapshot.Item>> byFingerprint = new LinkedHashMap<>();
        for (ReportSnapshot.Item item : old) {
            byFingerprint.computeIfAbsent(key(item), k -> new ArrayList<>()).add(item);
        }
        Status[] status = new Status[current.size()];
        for (int i = 0; i < current.size(); i++) {
            if (take(byFingerprint, key(current.get(i)))) {
                status[i] = Status.UNCHANGED;
            }
        }
        Map<String, List<ReportSnapshot.Item>> byMessage = new LinkedHashMap<>();
        byFingerprint.values().forEach(items -> items.forEach(item ->
                byMessage.computeIfAbsent(messageKey(item), k -> new ArrayList<>()).add(item)));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            ReportSnapshot.Item item = current.get(i);
            boolean same = status[i] == Status.UNCHANGED || take(byMessage, messageKey(item));
            changes.add(new Change(same ? Status.UNCHANGED : Status.NEW, path, item));
        }
        byMessage.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(ReportSnapshot.Item::line)
                        .thenComparingInt(ReportSnapshot.Item::column))
                .forEach(left -> changes.add(new Change(Status.RESOLVED, path, left)));
        return changes;
    }

    /** Removes one item under {@code key}; whether there was one. */
    private static boolean take(Map<String, List<ReportSnapshot.Item>> items, String key) {
        List<ReportSnapshot.Item> same = items.get(key);
        if (same == null || same.isEmpty()) {
            return false;
        }
        same.remove(0);
        return true;
    }

    private static String key(ReportSnapshot.Item item) {
        return item.rule() + '\u0000' + item.fingerprint();
    }

    private static String messageKey(ReportSnapshot.Item item) {
        return item.rule() + '\u0000' + item.message();
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
