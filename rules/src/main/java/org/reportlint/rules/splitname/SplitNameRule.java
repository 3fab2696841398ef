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
 * Reports a name broken into two entries of a list, table column, run of paragraphs or line-per-entry block: a
 * legal form standing alone after a company ({@code Acme Co.} / {@code Ltd.}) or starting the next entry
 * ({@code Acme Co.} / {@code Ltd., Brightway Inc.}), or the rest of a place name ({@code Saudi} / {@code Arabia}).
 * The fix moves the fragment into the previous entry and removes the fragment's entry, or only the fragment when
 * the entry goes on. A fix that would delete anything else, such as a link, a comment or an {@code id} inside the
 * emptied entry, is not offered.
 *
 * <p>When in doubt it does not report: a form that is also an ordinary word ({@code Limited}, {@code AB},
 * {@code SE}) counts only in a list that names companies, and a name that ends a sentence counts only before a
 * break that cannot be a wrapped line. The legal forms and place names are word lists in this package's resources,
 * read once per rule instance.
 */
public final class SplitNameRule implements Rule {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final RuleMetadata METADATA = RuleMetadata.builder("split-name")
            .summary("A name broken into two entries of a list, table column or line-per-entry block")
            .description("Templates that split a list on commas or line breaks cut names in two: the legal form of"
                    + " a company becomes an entry of its own (\"Acme Technology Co.\" then \"Ltd.\") or the start"
                    + " of the next one (\"Ltd., Brightway Energy Inc.\"), or a place name of several words becomes"
                    + " two places (\"Saudi\" then \"Arabia\"). Entries are the items of one list, the cells of one"
                    + " table column in consecutive rows, sibling paragraphs, lines separated by <br> or other hard"
                    + " line breaks, in HTML, Markdown and plain text alike; the entry before may be a company name"
                    + " or a sentence that ends with one. A legal form that is also an ordinary word, a name or a"
                    + " code (\"Limited\", \"Corporation\", \"AB\", \"SE\", \"AG\") is reported only when the"
                    + " list names companies elsewhere or the entry before ends with the first word of a longer form"
                    + " (\"Co.\" then \"Limited\"), so an edition, rating or status list is left alone. Not"
                    + " reported: a legal form inside an entry (\"Acme Co., Ltd.\"), a name in a comma-separated"
                    + " sentence, a first entry, a form at the start of an entry that does not go on with another"
                    + " name (\"Inc. and partners\"), and a sentence that goes on in the next line of a plain text"
                    + " paragraph, which may only be wrapped. The fix merges the fragment into the previous entry and"
                    + " removes the fragment's entry, or only the fragment and its comma when the entry goes on; it is"
                    + " not offered when that would delete anything else, such as a link, a comment, a script or an"
                    + " id or value attribute in the fragment's entry. A fragment whose text lies inside a term of an"
                    + " accept list of the config's vocabularies (a real entry named like a legal form or the rest"
                    + " of a place) is not reported.")
            .severity(Severity.ERROR)
            .fixable(true)
            .recommended(true)
            .example("<ul><li>Acme Technology Co.</li><li>Ltd.</li><li>Saudi</li><li>Arabia</li></ul>",
                    "<ul><li>Acme Technology Co., Ltd.</li><li>Saudi Arabia</li></ul>")
            .build();

    private final LegalForms legalForms;
    private final SplitMatcher matcher;

    public SplitNameRule() {
        this.legalForms = LegalForms.load();
        this.matcher = new SplitMatcher(legalForms, PlaceNames.load());
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** An entry that only looks like a fragment is a real name a team can list once in an accept list. */
    @Override
    public boolean honoursAcceptedTerms() {
        return true;
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
            CompanyListEvidence evidence = new CompanyListEvidence(sequence, legalForms);
            Entry mergedAway = null;
            for (int i = 1; i < sequence.size(); i++) {
                int index = i;
                Entry previous = sequence.get(i - 1);
                Entry entry = sequence.get(i);
                // A fragment belongs to the entry before it; it cannot also take the entry after it.
                if (previous == mergedAway) {
                    continue;
                }
                Optional<SplitMatcher.Split> split = matcher.match(previous.text(), entry.text(), entry.afterWrap(),
                        () -> evidence.namesCompanies(index));
                if (split.isEmpty() || split.get().kind() == SplitMatcher.Kind.LEGAL_FORM
                        && evidence.listsLegalForms(i)) {
                    continue;
                }
                if (split.get().wholeEntry()) {
                    mergedAway = entry;
                }
                Problem problem = problem(document, previous, entry, split.get());
                if (reported.add(problem.range())) {
                    context.report(problem);
                }
            }
        }
    }

    private static Problem problem(Document document, Entry previous, Entry entry, SplitMatcher.Split split) {
        TextRange fragment = entry.rangeOf(0, split.fragmentEnd());
        String name = oneLine(split.name());
        String where = split.wholeEntry() ? "split into its own entry" : "split off to the start of the next entry";
        Problem problem = Problem.at(fragment,
                        "\"" + oneLine(entry.text().substring(0, split.fragmentEnd())) + "\" is the rest of \""
                                + name + "\" " + where)
                .withRelated(previous.rangeOf(split.nameStart(), previous.text().length()), "\"" + name
                        + "\" is the " + (split.nameStart() == 0 ? "entry" : "name") + " the "
                        + (split.kind() == SplitMatcher.Kind.LEGAL_FORM ? "legal form" : "place name")
                        + " belongs to");
        TextRange moved = split.wholeEntry() ? entry.range() : fragment;
        Optional<Fix> fix = (split.wholeEntry()
                ? joinWholeEntry(document, previous, entry, split.separator())
                : moveLeadingForm(document, previous, entry, split))
                .filter(edits -> MergeResidue.onlySeparators(document.source(), edits, moved));
        return fix.map(problem::withFix).orElse(problem);
    }

    private static Optional<Fix> joinWholeEntry(Document document, Entry previous, Entry fragment, String separator) {
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

    /**
     * Moves a legal form that starts an entry to the end of the name before it and keeps the rest of the entry:
     * nothing is removed but the form and the comma after it, so this is safe in any container, table cells too.
     */
    private static Optional<Fix> moveLeadingForm(Document document, Entry previous, Entry entry,
                                                 SplitMatcher.Split split) {
        int joinAt = previous.range().end();
        TextRange form = entry.rangeOf(0, split.fragmentEnd());
        int restStart = entry.rangeOf(split.restStart(), split.restStart() + 1).start();
        if (form.start() <= joinAt) {
            return Optional.empty();
        }
        return Optional.of(Fix.of(TextEdit.insert(joinAt, split.separator() + document.text(form)),
                TextEdit.delete(new TextRange(form.start(), restStart))));
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text.replace('\u00A0', ' ').strip()).replaceAll(" ");
    }
}
