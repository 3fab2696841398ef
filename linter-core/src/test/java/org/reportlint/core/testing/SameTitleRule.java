package org.reportlint.core.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.rule.CollectContext;
import org.reportlint.core.rule.CrossDocumentContext;
import org.reportlint.core.rule.CrossDocumentProblem;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.rule.DocumentLocation;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/**
 * A test cross-document rule: a document whose first heading ({@code # Title} or {@code <h1>Title</h1>}) has the
 * text of an earlier document's is flagged there, pointing at the earlier one. Read from the source so that the test
 * does not depend on the document model.
 */
public final class SameTitleRule implements CrossDocumentRule<SameTitleRule.Title> {
    public static final String ID = "same-title";
    private static final Pattern HEADING = Pattern.compile("^# +(\\S.*?)\\s*$|<h1>(.*?)</h1>", Pattern.MULTILINE);
    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .summary("Two documents share a title")
            .severity(Severity.WARNING)
            .build();

    /** What the rule keeps of a document: its title and where it is. */
    public record Title(String text, DocumentLocation location) {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Title> collect(CollectContext context) {
        Matcher heading = HEADING.matcher(context.document().source());
        if (!heading.find()) {
            return Optional.empty();
        }
        int group = heading.group(1) != null ? 1 : 2;
        return Optional.of(new Title(heading.group(group),
                context.locate(new TextRange(heading.start(group), heading.end(group)))));
    }

    @Override
    public void report(List<Title> collected, CrossDocumentContext context) {
        Map<String, Title> first = new HashMap<>();
        for (Title title : collected) {
            Title earlier = first.putIfAbsent(title.text().toLowerCase(Locale.ROOT), title);
            if (earlier != null) {
                context.report(CrossDocumentProblem.at(title.location(), "Title \"" + title.text()
                        + "\" is also the title of " + earlier.location().path())
                        .withRelated(earlier.location(), "the same title"));
            }
        }
    }
}
