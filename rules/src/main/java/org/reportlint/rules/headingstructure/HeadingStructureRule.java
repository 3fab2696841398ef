package org.reportlint.rules.headingstructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * Reports headings that break a document's outline: a level skipped on the way down ({@code h1} then {@code h3}),
 * a second {@code h1}, and a heading with nothing to read.
 *
 * <p>Fragments are normal input, so the first heading may have any level, and going back up any number of levels is
 * how sections end. Plain text documents are not checked: their headings are guessed from {@code #} lines. Empty
 * headings take no part in the level checks, so one empty heading is one finding. What {@link Outline} leaves out
 * (navigation, page header and footer, hidden parts) is not checked at all, and each {@code article} is an outline of
 * its own: the items of a listing page may each have an {@code h1}.
 */
public final class HeadingStructureRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("heading-structure")
            .summary("Skipped heading levels, more than one h1, empty headings")
            .description("Reports a heading that skips a level on the way down (an h3 right after an h1, ### after"
                    + " #), with the previous heading as related location; a second h1 (a second # heading in"
                    + " Markdown), with the first as related location; and an empty heading (<h2></h2>,"
                    + " <h3>&nbsp;</h3>, an image without alt text, ## alone). The document <title> is not an h1."
                    + " The first heading may have any level, since fragments often start at h2 or h3, and going"
                    + " back up any number of levels is fine. Headings in navigation, asides, forms, dialogs, the"
                    + " page's own header and footer and hidden elements are page furniture and are not checked;"
                    + " each <article> has its own outline, so a listing page whose items each have an h1 is not"
                    + " reported. Plain text documents are not checked: their headings are only guessed.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(true)
            .example("<h1>Widget Market Report</h1>\n<h3>Market Drivers</h3>",
                    "<h1>Widget Market Report</h1>\n<h2>Market Drivers</h2>")
            .build();
    private static final String[] ORDINALS = {"Second", "Third", "Fourth", "Fifth"};

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        if (document.format() == DocumentFormat.TEXT) {
            return;
        }
        List<Heading> headings = Outline.of(document);
        Map<Element, Heading> previous = new HashMap<>();
        Map<Element, Heading> firstH1 = new HashMap<>();
        Map<Element, Integer> h1Count = new HashMap<>();
        for (Heading heading : headings) {
            if (heading.isEmpty()) {
                context.report(Problem.at(heading.range(), "Empty " + heading.tag() + " heading"));
                continue;
            }
            Element scope = heading.scope();
            Heading before = previous.put(scope, heading);
            if (before != null && heading.level() > before.level() + 1) {
                context.report(Problem.at(heading.range(),
                                "Heading level skipped: " + heading.tag() + " after " + before.tag())
                        .withRelated(before.range(), "The previous heading, " + before.tag() + " " + before.quoted()));
            }
            if (heading.level() == 1) {
                int count = h1Count.merge(scope, 1, Integer::sum);
                Heading first = firstH1.putIfAbsent(scope, heading);
                if (first != null) {
                    String ordinal = count - 2 < ORDINALS.length ? ORDINALS[count - 2] : "Another";
                    context.report(Problem.at(heading.range(),
                                    ordinal + " h1 " + heading.quoted() + " (the first is " + first.quoted() + ")")
                            .withRelated(first.range(), "First h1 " + first.quoted()));
                }
            }
        }
    }
}
