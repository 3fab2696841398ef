package org.reportlint.core.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Totals and scores per group of documents ({@link DocumentGroups}), added up as results stream in: a few numbers
 * per file are kept (grouping by folder needs every path before it knows the shared folder), never findings. Not
 * thread-safe.
 */
public final class GroupTally {
    private final DocumentGroups groups;
    private final List<Tally> files = new ArrayList<>();

    /**
     * One group's totals.
     *
     * @param name the group's name
     * @param files documents in it, unreadable and skipped ones included
     * @param score the word-weighted mean score of its documents; empty when none could be scored
     * @param words the words of its documents
     */
    public record Group(String name, int files, int errors, int warnings, int infos, int fixable, OptionalInt score,
                        long words) {

        public int findings() {
            return errors + warnings + infos;
        }
    }

    private record Tally(String path, int errors, int warnings, int infos, int fixable, OptionalInt score,
                         int words) {
    }

    public GroupTally(DocumentGroups groups) {
        this.groups = groups;
    }

    public void add(FileResult file) {
        Summary one = Summary.of(List.of(file));
        files.add(new Tally(file.path(), one.errors(), one.warnings(), one.infos(), one.fixable(), file.score(),
                file.words()));
    }

    /**
     * The groups with at least one document: configured ones in their configured order ({@link DocumentGroups#OTHER}
     * last), folders by name ({@link DocumentGroups#TOP} first).
     */
    public List<Group> groups() {
        Map<String, List<Tally>> members = groups.isConfigured() ? new LinkedHashMap<>() : new TreeMap<>(
                Comparator.comparing((String name) -> !name.equals(DocumentGroups.TOP))
                        .thenComparing(Comparator.naturalOrder()));
        groups.names().forEach(name -> members.put(name, new ArrayList<>()));
        int shared = DocumentGroups.sharedFolders(files.stream().map(Tally::path).toList());
        for (Tally file : files) {
            String name = groups.groupOf(file.path(), shared);
            members.computeIfAbsent(name, n -> new ArrayList<>()).add(file);
        }
        List<Group> result = new ArrayList<>();
        members.forEach((name, tallies) -> {
            if (!tallies.isEmpty()) {
                result.add(total(name, tallies));
            }
        });
        return result;
    }

    private static Group total(String name, List<Tally> tallies) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int fixable = 0;
        long words = 0;
        QualityScore.Mean mean = new QualityScore.Mean();
        for (Tally tally : tallies) {
            errors += tally.errors();
            warnings += tally.warnings();
            infos += tally.infos();
            fixable += tally.fixable();
            words += tally.words();
            tally.score().ifPresent(score -> mean.add(score, tally.words()));
        }
        return new Group(name, tallies.size(), errors, warnings, infos, fixable, mean.value(), words);
    }
}
