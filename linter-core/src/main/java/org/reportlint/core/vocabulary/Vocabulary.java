package org.reportlint.core.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.custom.Term;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * The word lists in effect for a file: those of its config and of every config above it or extended by it, outer
 * first. A list named by several of those configs is in it once. Immutable, so one value serves every file of a
 * folder and every thread.
 */
public final class Vocabulary {
    private static final Vocabulary NONE = new Vocabulary(List.of());

    private final List<VocabularyList> lists;

    private Vocabulary(List<VocabularyList> lists) {
        this.lists = List.copyOf(lists);
    }

    /** No lists: nothing accepted, nothing rejected. */
    public static Vocabulary none() {
        return NONE;
    }

    /** These lists, in order, each once. */
    public static Vocabulary of(List<VocabularyList> lists) {
        return lists.isEmpty() ? NONE : new Vocabulary(new ArrayList<>(new LinkedHashSet<>(lists)));
    }

    /** This vocabulary's lists, then those of {@code more} it does not have yet. */
    public Vocabulary plus(Vocabulary more) {
        if (more.lists.isEmpty()) {
            return this;
        }
        List<VocabularyList> all = new ArrayList<>(lists);
        all.addAll(more.lists);
        return of(all);
    }

    public List<VocabularyList> lists() {
        return lists;
    }

    public boolean isEmpty() {
        return lists.isEmpty();
    }

    /** Whether any list rejects anything, so that the document needs a scan for rejected terms. */
    public boolean rejectsAny() {
        return lists.stream().anyMatch(list -> list.kind() == VocabularyList.Kind.REJECT && !list.entries().isEmpty());
    }

    /** Whether any list accepts anything. */
    public boolean acceptsAny() {
        return lists.stream().anyMatch(list -> list.kind() == VocabularyList.Kind.ACCEPT && !list.entries().isEmpty());
    }

    /**
     * A rejected entry written exactly as an accepted one, with that accepted one: such a pair is a mistake, since
     * an accepted occurrence is never reported and the rejected entry could never apply.
     */
    public Optional<Conflict> conflict() {
        // By written text, in one pass over each list: resolved for every file, with lists of thousands of entries.
        java.util.Map<String, VocabularyEntry> accepted = new java.util.HashMap<>();
        java.util.Map<String, VocabularyList> acceptedIn = new java.util.HashMap<>();
        for (VocabularyList list : lists) {
            if (list.kind() == VocabularyList.Kind.ACCEPT) {
                for (VocabularyEntry entry : list.entries()) {
                    if (accepted.putIfAbsent(entry.written(), entry) == null) {
                        acceptedIn.put(entry.written(), list);
                    }
                }
            }
        }
        for (VocabularyList rejected : lists) {
            if (rejected.kind() != VocabularyList.Kind.REJECT) {
                continue;
            }
            for (VocabularyEntry entry : rejected.entries()) {
                VocabularyEntry other = accepted.get(entry.written());
                if (other != null) {
                    return Optional.of(new Conflict(rejected, entry, acceptedIn.get(entry.written()), other));
                }
            }
        }
        return Optional.empty();
    }

    /** A rejected entry that an accepted one cancels. */
    public record Conflict(VocabularyList rejectList, VocabularyEntry rejected, VocabularyList acceptList,
                           VocabularyEntry accepted) {
    }

    /** Where accepted terms occur in {@code document}, worked out for the parts findings fall in. */
    public AcceptedText acceptedIn(Document document) {
        return acceptsAny() ? new AcceptedText(document, entries(VocabularyList.Kind.ACCEPT)) : AcceptedText.NOTHING;
    }

    /**
     * Every occurrence of a rejected term in the prose of {@code document} (inline code, code blocks and front
     * matter are not prose), in document order. Occurrences of one entry do not overlap; those of two entries may.
     */
    public List<Rejection> rejectedIn(Document document) {
        List<Rejection> found = new ArrayList<>();
        List<WordSet> blockWords = document.blocks().stream().map(b -> WordSet.of(b.text())).toList();
        WordSet whole = WordSet.of(String.join("\n", document.blocks().stream().map(TextBlock::text).toList()));
        for (VocabularyList list : lists) {
            if (list.kind() != VocabularyList.Kind.REJECT) {
                continue;
            }
            for (VocabularyEntry entry : list.entries()) {
                // Most entries of a long list are in no given document: one lookup rules them out.
                if (!entry.mayOccurIn(whole)) {
                    continue;
                }
                for (int i = 0; i < blockWords.size(); i++) {
                    TextBlock block = document.blocks().get(i);
                    if (!entry.mayOccurIn(blockWords.get(i))) {
                        continue;
                    }
                    for (Term.Match match : entry.term().find(block.text())) {
                        if (!block.isCode(match.start(), match.end())) {
                            found.add(new Rejection(block.sourceRange(match.start(), match.end()), match.text(),
                                    entry, list));
                        }
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt((Rejection r) -> r.range().start())
                .thenComparingInt(r -> r.range().end()));
        return found;
    }

    /**
     * Everything that decides what the lists accept and reject, as text: the cache digest reads it, so that an edit
     * to a list file invalidates results even though no config changed.
     */
    public String definition() {
        StringBuilder text = new StringBuilder();
        for (VocabularyList list : lists) {
            text.append(list.kind().key()).append(' ').append(list.file()).append('\n');
            for (VocabularyEntry entry : list.entries()) {
                text.append("  ").append(entry.written()).append('\n');
            }
        }
        return text.toString();
    }

    private List<VocabularyEntry> entries(VocabularyList.Kind kind) {
        return lists.stream().filter(list -> list.kind() == kind).flatMap(list -> list.entries().stream()).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary that && lists.equals(that.lists);
    }

    @Override
    public int hashCode() {
        return lists.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary" + lists.stream().map(l -> l.kind().key() + ":" + l.file()).toList();
    }
}
