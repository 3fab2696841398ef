package org.reportlint.core.format.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reportlint.core.result.DocumentGroups;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.GroupTally;
import org.reportlint.core.result.LintResult;

/**
 * What the HTML report says about a document beyond its findings: the group it belongs to and its quality score,
 * and the run's groups in the order {@link GroupTally} gives them, so the page totals groups as every other report
 * does. The script needs each document's group to filter by it, which {@code GroupTally} does not hand out; the
 * folder rule here (the first folder below the one all paths share) is the same as there, and
 * {@code HtmlFormatterTest} checks that both agree.
 */
final class HtmlDocumentFacts {
    private final DocumentGroups groups;
    private final int sharedFolders;
    private final List<String> order;

    private HtmlDocumentFacts(DocumentGroups groups, int sharedFolders, List<String> order) {
        this.groups = groups;
        this.sharedFolders = sharedFolders;
        this.order = order;
    }

    static HtmlDocumentFacts of(LintResult result, DocumentGroups groups) {
        GroupTally tally = new GroupTally(groups);
        result.files().forEach(tally::add);
        return new HtmlDocumentFacts(groups, sharedFolders(result.files()),
                tally.groups().stream().map(GroupTally.Group::name).toList());
    }

    /** The names of the groups with documents, in report order. */
    List<String> groupNames() {
        return order;
    }

    String group(FileResult file) {
        return groups.configuredGroupOf(file.path()).orElseGet(() -> {
            List<String> folders = folders(file.path());
            return folders.size() > sharedFolders ? folders.get(sharedFolders) : DocumentGroups.TOP;
        });
    }

    /** The document's quality score (see {@code QualityScore}), empty when it was not parsed. */
    static Optional<Integer> score(FileResult file) {
        OptionalInt score = file.score();
        return score.isPresent() ? Optional.of(score.getAsInt()) : Optional.empty();
    }

    private static int sharedFolders(List<FileResult> files) {
        List<String> common = null;
        for (FileResult file : files) {
            List<String> folders = folders(file.path());
            if (common == null) {
                common = new ArrayList<>(folders);
            } else {
                int same = 0;
                while (same < common.size() && same < folders.size() && common.get(same).equals(folders.get(same))) {
                    same++;
                }
                common.subList(same, common.size()).clear();
            }
        }
        return common == null ? 0 : common.size();
    }

    private static List<String> folders(String path) {
        String[] parts = path.split("/", -1);
        return List.of(parts).subList(0, parts.length - 1);
    }
}
