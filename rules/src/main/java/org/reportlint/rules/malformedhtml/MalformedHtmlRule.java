package org.reportlint.rules.malformedhtml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlint.core.document.Document;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;

/**
 * Flags markup that a browser silently repairs: mismatched and stray end tags, blocks inside paragraphs, document
 * tags inside content, unclosed elements, misnested formatting, duplicate ids and attributes, and comments that end
 * elsewhere than meant, in HTML documents and in the HTML blocks and inline HTML of Markdown.
 *
 * <p>One cause gives one finding: a repeated defect is folded into one ({@link RepeatedDefects}), and elements left
 * open behind an unterminated comment are not reported again as unclosed.
 */
public final class MalformedHtmlRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("malformed-html")
            .summary("Markup that a browser silently repairs")
            .description("Replays the markup as written through the HTML tree builder and reports each repair a "
                    + "browser makes that the author did not intend: an end tag that does not match the open "
                    + "element, a stray end tag, a block such as <h1> or <ul> inside <p>, </body></html> or a "
                    + "second <html> or <body> inside the content, an element whose required end tag never comes, "
                    + "misnested formatting such as <b><i></b></i>, an id used twice, an attribute given twice on "
                    + "one tag (the browser keeps the first), a comment never closed (reported where it starts), "
                    + "one closed at once by <!--> or <!---> before the --> meant to end it, and a comment inside a "
                    + "comment, whose --> shows the rest of the outer one. An element left open inside a list item, "
                    + "option or cell is reported where it was opened, not at the end tag that closes it. A message "
                    + "names the tags involved; where the other one was opened or closed is a related location, so "
                    + "the message stays the same when lines are added above. The same "
                    + "defect three times or more, as a template bug repeated in every row, is reported once at its "
                    + "first place with a count, and up to 20 of the other places as related locations. Omitted "
                    + "optional end tags (</p>, </li>, </td>, </option>), void elements, fragments without <html>, "
                    + "<head> or <body>, -- inside a comment, conditional comments, and a comment closed with --!> "
                    + "(browsers end it there, as meant) are fine; where a repair may be what the author meant, "
                    + "nothing is reported.")
            .severity(Severity.ERROR)
            .fixable(false)
            .recommended(true)
            .example("<p><h2>Market overview</h1></p>", "<h2>Market overview</h2>")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        if (!document.containsHtml()) {
            return;
        }
        // The markup source is the source for HTML, and for Markdown its HTML alone, the rest blanked: the Markdown
        // around the HTML is neither text nor markup to the tree builder, and a Markdown document is a fragment.
        String source = document.markupSource();
        List<HtmlDefect> comments = CommentDefects.find(source, document.markup());
        List<HtmlDefect> defects = new ArrayList<>(TreeBuilder.build(source, document.markup()));
        if (CommentDefects.inputEndsInComment(source, document.markup())) {
            // The comment hid the end tags that would have closed what is still open: one cause, one finding.
            defects.removeIf(d -> d.kind() == HtmlDefect.Kind.UNCLOSED_AT_END);
        }
        defects.addAll(comments);
        defects.addAll(DuplicateIds.find(document.markup()));
        defects.addAll(DuplicateAttributes.find(document.markup()));
        defects.sort(Comparator.comparing(HtmlDefect::range));
        DefectMessages messages = new DefectMessages();
        for (RepeatedDefects.Group group : RepeatedDefects.group(defects)) {
            context.report(messages.problem(group));
        }
    }
}
