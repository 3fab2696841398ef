package org.reportlint.rules.markupleak;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.rule.Fix;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.TextRange;

/**
 * Reports markup of another language that a page shows as text: Markdown inside HTML, HTML tags escaped into the
 * text, and entities escaped twice. Only a double escape has an unambiguous fix: the single escape it should be.
 *
 * <p>Markdown is looked for in text that came from HTML: in a Markdown document the renderer already turned its
 * Markdown into markup, except inside HTML blocks. In a plain text file only bold, links and images are Markdown
 * for sure, and {@code *italic*} when those show the file was written in Markdown; its {@code - } lists and
 * {@code #} lines are its own structure. Inline code is never read.
 */
public final class MarkupLeakRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("markup-leak")
            .summary("Markdown, HTML tags or entities shown as text instead of being rendered")
            .description("Reports markup that readers see as characters. In HTML text (also HTML blocks inside"
                    + " Markdown): Markdown bold (**text**, __text__), italic (*text*), links and images"
                    + " ([text](url)), heading lines (## Heading) and list markers (-, *, +, 1.) at the start of a"
                    + " line; list markers only when they form a list (another one in the same or the next"
                    + " paragraph) or, for - and +, when the page shows other unrendered Markdown; numbered lines"
                    + " need both, since a paragraph may start with a footnote star or a dash and pages written as"
                    + " HTML often number paragraphs by hand. In plain text files: Markdown bold,"
                    + " links and images, and *italic* when the file shows those too; their - lists and # lines are"
                    + " plain text structure and not reported. In every format: HTML tags in the visible text (<p> written as"
                    + " &lt;p&gt;, < /span>, </ p>, <br/> in a text file's prose), and entities escaped twice"
                    + " (&amp;nbsp; shows as &nbsp;), or HTML entities in a plain text file. Not reported:"
                    + " arithmetic (5 * 3), footnote stars (Revenue*), star ratings, a lone **, identifiers"
                    + " (a_b_c, __init__), #1 and C#, comparisons (< 5%, a < b > c), a single &amp; for &,"
                    + " AT&T and R&D, and code. The fix replaces a double escape with the single one it was meant"
                    + " to be; the other leaks are only reported, since whether the markup should be rendered or"
                    + " removed is the author's call.")
            .severity(Severity.WARNING)
            .fixable(true)
            .recommended(true)
            .example("<p>Leading players include **Acme Widgets** and Brightway &amp;amp; Sons.</p>",
                    "<p>Leading players include <strong>Acme Widgets</strong> and Brightway &amp; Sons.</p>")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        List<TextBlock> blocks = document.blocks();
        List<Candidate> listMarkers = new ArrayList<>();
        List<Candidate> plainItalics = new ArrayList<>();
        boolean markdownShown = false;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            String text = block.text();
            if (readsMarkdown(document, block)) {
                int[] lineStarts = LineStarts.of(text);
                for (Leak leak : InlineMarkdown.find(text, lineStarts, block.kind() == BlockKind.TABLE_CELL)) {
                    markdownShown |= report(context, block, leak);
                }
                if (mayHoldList(block.kind())) {
                    for (Leak marker : ListMarkers.find(text, lineStarts)) {
                        if (!block.isCode(marker.start(), marker.end())) {
                            listMarkers.add(new Candidate(i, block, marker));
                        }
                    }
                }
            } else if (document.format() == DocumentFormat.TEXT) {
                for (Leak leak : InlineMarkdown.strong(text)) {
                    markdownShown |= report(context, block, leak);
                }
                InlineMarkdown.italics(text).forEach(leak -> plainItalics.add(new Candidate(-1, block, leak)));
            }
            for (Leak tag : EscapedTags.find(text)) {
                report(context, block, tag);
            }
            entities(context, document, block);
        }
        for (int i = 0; i < listMarkers.size(); i++) {
            Candidate marker = listMarkers.get(i);
            boolean list = hasNeighbour(listMarkers, i);
            boolean confirmed = switch (marker.marker()) {
                case '-', '+' -> list || markdownShown;
                case '*' -> list;
                // Hand-numbered paragraphs (a table of contents typed as text) are common in HTML pages.
                default -> list && markdownShown;
            };
            if (confirmed) {
                report(context, marker.block(), marker.leak());
            }
        }
        for (Candidate italic : plainItalics) {
            if (markdownShown) {
                report(context, italic.block(), italic.leak());
            }
        }
    }

    /** A list marker that is reported only with other evidence; {@code index} is its block's place in the document. */
    private record Candidate(int index, TextBlock block, Leak leak) {
        /** The marker's first character: a dash, star or plus, or the first digit of a number. */
        char marker() {
            return block.text().charAt(leak.start());
        }
    }

    /** Whether Markdown in this text would be a leak: it is HTML text, which no Markdown renderer reads. */
    private static boolean readsMarkdown(Document document, TextBlock block) {
        return switch (document.format()) {
            case HTML -> true;
            case MARKDOWN -> block.element().isPresent();
            case TEXT -> false;
        };
    }

    /** Headings, titles and table cells do not hold lists; a cell's "- 5%" is a minus or a dash. */
    private static boolean mayHoldList(BlockKind kind) {
        return kind != BlockKind.HEADING && kind != BlockKind.TITLE && kind != BlockKind.TABLE_CELL;
    }

    /** Whether another marker is in the same or an adjacent text block; markers come in document order. */
    private static boolean hasNeighbour(List<Candidate> markers, int i) {
        int index = markers.get(i).index();
        return i > 0 && markers.get(i - 1).index() >= index - 1
                || i + 1 < markers.size() && markers.get(i + 1).index() <= index + 1;
    }

    /** Reports a leak unless it touches inline code; says whether it did. */
    private static boolean report(RuleContext context, TextBlock block, Leak leak) {
        if (block.isCode(leak.start(), leak.end())) {
            return false;
        }
        context.report(Problem.at(block.sourceRange(leak.start(), leak.end()), leak.message()));
        return true;
    }

    private static void entities(RuleContext context, Document document, TextBlock block) {
        Matcher reference = EntityReferences.in(block.text());
        if (reference == null) {
            return;
        }
        while (reference.find()) {
            if (!EntityReferences.isDefined(reference) || block.isCode(reference.start(), reference.end())) {
                continue;
            }
            String shown = reference.group();
            TextRange range = block.sourceRange(reference.start(), reference.end());
            if (document.format() == DocumentFormat.TEXT) {
                context.report(Problem.at(range, "HTML entity \"" + shown + "\" shown as text"));
                continue;
            }
            String written = document.text(range);
            // Shown as "&nbsp;" because its "&" was itself escaped; a Markdown "\&nbsp;" escape is deliberate.
            if (written.length() > shown.length() && written.charAt(0) == '&'
                    && written.endsWith(shown.substring(1))) {
                context.report(Problem.at(range, "Double-escaped entity \"" + written + "\" shows as \"" + shown + "\"")
                        .withFix(Fix.of(TextEdit.replace(range, shown))));
            }
        }
    }
}
