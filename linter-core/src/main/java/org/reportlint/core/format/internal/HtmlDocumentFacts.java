package org.reportlint.core.format.internal;

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
 * does. The script needs each document's group to filter by it; both take it from
 * {@link DocumentGroups#groupOf}.
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
        int shared = DocumentGroups.sharedFolders(result.files().stream().map(FileResult::path).toList());
        return new HtmlDocumentFacts(groups, shared, tally.groups().stream().map(GroupTally.Group::name).toList());
    }

    /** The names of the groups with documents, in report order. */
    List<String> groupNames() {
        return order;
    }

    String group(FileResult file) {
        return groups.groupOf(file.path(), sharedFolders);
    }

    /** The document's quality score (see {@code QualityScore}), empty when it was not parsed. */
    static Optional<Integer> score(FileResult file) {
        OptionalInt score = file.score();
        return score.isPresent() ? Optional.of(score.getAsInt()) : Optional.empty();
    }
}
