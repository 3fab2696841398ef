package org.reportlint.rules.splitname;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlint.core.document.Document;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.TextRange;

/**
 * Reports a name broken into two entries of a list, table column or line-per-entry block: a legal form standing
 * alone after a company ({@code Acme Co.} / {@code Ltd.}) or the rest of a place name ({@code Saudi} /
 * {@code Arabia}). The fix moves the fragment into the previous entry and removes the fragment's entry.
 *
 * <p>The legal forms and place names are word lists in this package's resources, read once per rule instance.
 */
public final class SplitNameRule implements Rule {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final RuleMetadata METADATA = RuleMetadata.builder("split-name")
            .summary("A name broken into two entries of a list, table column or line-per-entry block")
            .description("Templates that split a list on commas or line breaks cut names in two: the legal form of"
                    + " a company becomes an entry of its own (\"Acme Technology Co.\" then \"Ltd.\"), or a place"
                    + " name of several words becomes two places (\"Saudi\" then \"Arabia\"). The rule reports an"
                    + " entry that is only a legal form after a company name, or that together with the entry before"
                    + " it is exactly a known place name. Entries are the items of one list, the cells of one table"
                    + " column in consecutive rows, sibling paragraphs, lines separated by <br> or other hard line"
                    + " breaks, in HTML, Markdown and plain text alike. A legal form inside an entry (\"Acme Co., Ltd.\"), a name in a"
                    + " comma-separated sentence, and a first entry are not reported. The fix merges the fragment"
                    + " into the previous entry and removes the fragment's entry.")
            .severity(Severity.ERROR)
            .fixable(true)
            .recommended(true)
            .example("<ul><li>Acme Technology Co.</li><li>Ltd.</li><li>Saudi</li><li>Arabia</li></ul>",
                    "<ul><li>Acme Technology Co., Ltd.</li><li>Saudi Arabia</li></ul>")
            .build();

    private final SplitMatcher matcher;

    public SplitNameRule() {
        this.matcher = new SplitMatcher(LegalForms.load(), PlaceNames.load());
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        List<List<Entry>> sequences = new ArrayList<>(BlockEntries.of(document));
        if (document.containsHtml()) {
            sequences.addAll(HtmlEntries.of(document));
        }
        Set<TextRange> reported = new HashSet<>();
        for (List<Entry> sequence : sequences) {
            Entry mergedAway = null;
            for (int i = 1; i < sequence.size(); i++) {
                Entry previous = sequence.get(i - 1);
                Entry entry = sequence.get(i);
                // A fragment belongs to the entry before it; it cannot also take the entry after it.
                if (previous == mergedAway) {
                    continue;
                }
                Optional<SplitMatcher.Split> split = matcher.match(previous.text(), entry.text());
                if (split.isEmpty()) {
                    continue;
                }
                mergedAway = entry;
                if (reported.add(entry.range())) {
                    context.report(problem(document, previous, entry, split.get()));
                }
            }
        }
    }

    private static Problem problem(Document document, Entry previous, Entry fragment, SplitMatcher.Split split) {
        String previousText = oneLine(previous.text());
        Problem problem = Problem.at(fragment.range(),
                        "\"" + oneLine(fragment.text()) + "\" is the rest of \"" + previousText
                                + "\" split into its own entry")
                .withRelated(previous.range(), "\"" + previousText + "\" is the entry the "
                        + (split.kind() == SplitMatcher.Kind.LEGAL_FORM ? "legal form" : "place name")
                        + " belongs to");
        return fix(document, previous, fragment, split.separator()).map(problem::withFix).orElse(problem);
    }

    private static Optional<Fix> fix(Document document, Entry previous, Entry fragment, String separator) {
        int joinAt = previous.range().end();
        String moved = separator + document.text(fragment.range());
        if (fragment.merge() instanceof Entry.DeleteRange delete && delete.range().start() >= joinAt) {
            // Without an end tag the fragment's element starts right where the previous text ends: one edit then,
            // since an insertion and a deletion at the same offset could be applied in either order.
            return Optional.of(delete.range().start() == joinAt
                    ? Fix.of(TextEdit.replace(delete.range(), moved))
                    : Fix.of(TextEdit.insert(joinAt, moved), TextEdit.delete(delete.range())));
        }
        if (fragment.merge() instanceof Entry.JoinGap && fragment.range().start() >= joinAt) {
            return Optional.of(Fix.of(new TextEdit(joinAt, fragment.range().end(), moved)));
        }
        return Optional.empty();
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text.replace('\u00A0', ' ').strip()).replaceAll(" ");
    }
}
