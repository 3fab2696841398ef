package org.reportlint.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GroupTallyTest {

    private static FileResult clean(String path, int words) {
        return new FileResult(path, Optional.of("html"), List.of(), List.of(), List.of(), 0, words);
    }

    private static List<String> names(GroupTally tally) {
        return tally.groups().stream().map(GroupTally.Group::name).toList();
    }

    @Test
    void withoutConfigurationGroupsByTheFirstFolderBelowTheSharedOne() {
        GroupTally tally = new GroupTally(DocumentGroups.byFolder());
        tally.add(clean("reports/vendor-b/x.html", 100));
        tally.add(clean("reports/vendor-a/deep/y.html", 100));
        tally.add(clean("reports/z.html", 100));
        tally.add(FileResult.unreadable("reports/vendor-a/gone.html", "cannot read: gone"));
        assertEquals(List.of(DocumentGroups.TOP, "vendor-a", "vendor-b"), names(tally));
        GroupTally.Group vendorA = tally.groups().get(1);
        assertEquals(2, vendorA.files());
        assertEquals(OptionalInt.of(100), vendorA.score(), "the unreadable file has no score and is left out");
    }

    @Test
    void oneFolderForEveryFileIsTheTopLevel() {
        GroupTally tally = new GroupTally(DocumentGroups.byFolder());
        tally.add(clean("a.html", 1));
        tally.add(clean("b.html", 1));
        assertEquals(List.of(DocumentGroups.TOP), names(tally));
    }

    @Test
    void configuredGroupsComeInTheirOrderWithTheOthersLast() {
        GroupTally tally = new GroupTally(DocumentGroups.configured(
                new java.util.LinkedHashMap<>(Map.of("vendor-a", List.of("a/**"))), path -> path));
        tally.add(clean("b/x.html", 500));
        tally.add(clean("a/x.html", 500));
        assertEquals(List.of("vendor-a", DocumentGroups.OTHER), names(tally));
    }

    @Test
    void aGroupsScoreIsItsDocumentsMeanWeightedByWords() {
        Finding error = new Finding("r", org.reportlint.core.rule.Severity.ERROR, "m",
                org.reportlint.core.source.LineIndex.of("x\n").span(0, 1), List.of(), Optional.empty(),
                Excerpt.of("x", 1, 2), "f");
        GroupTally tally = new GroupTally(DocumentGroups.byFolder());
        tally.add(clean("g/long.html", 1500));
        tally.add(new FileResult("g/bad.html", Optional.of("html"), List.of(error), List.of(), List.of(), 0, 500));
        GroupTally.Group group = tally.groups().get(0);
        assertEquals(1, group.errors());
        assertEquals(2000, group.words());
        // (100 * 1500 + 61 * 500) / 2000 = 90.25
        assertEquals(OptionalInt.of(90), group.score());
    }
}
