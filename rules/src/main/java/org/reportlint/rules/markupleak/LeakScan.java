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
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.TextEdit;
import org.reportlint.core.source.TextRange;

/**
 * One pass of the rule over one document's text blocks. Sure leaks are reported as they are read; list markers, and
 * italic in plain text, are held until the whole document is read, since whether they are Markdown depends on the
 * markers around them and on the other Markdown the document shows.
 */
final class LeakScan {
    private final RuleContext context;
    private final Document document;
    private final List<Candidate> listMarkers = new ArrayList<>();
    private final List<Candidate> plainItalics = new ArrayList<>();
    private boolean markdownShown;

    LeakScan(RuleContext context) {
        this.context = context;
        this.document = context.document();
    }

    /** A leak reported only with other evidence; {@code index} is its block's place in the document. */
    private record Candidate(int index, TextBlock block, Leak leak) {
        /** The marker's first character: a dash, star or plus, or the first digit of a number. */
        char marker() {
            return block.text().charAt(leak.start());
        }
    }

    /** Reads text block {@code index} of the document. */
    void read(int index, TextBlock block) {
        String text = block.text();
        if (readsMarkdown(block)) {
            int[] lineStarts = LineStarts.of(text);
            for (Leak leak : InlineMarkdown.find(text, lineStarts, block.kind() == BlockKind.TABLE_CELL)) {
                markdownShown |= report(block, leak);
            }
            if (mayHoldList(block.kind())) {
                for (Leak marker : ListMarkers.find(text, lineStarts)) {
                    if (!block.isCode(marker.start(), marker.end())) {
                        listMarkers.add(new Candidate(index, block, marker));
                    }
                }
            }
        } else if (document.format() == DocumentFormat.TEXT) {
            for (Leak leak : InlineMarkdown.strong(text)) {
                markdownShown |= report(block, leak);
            }
            InlineMarkdown.italics(text).forEach(leak -> plainItalics.add(new Candidate(index, block, leak)));
        }
        for (Leak tag : EscapedTags.find(text)) {
            report(block, tag);
        }
        entities(block);
    }

    /** Reports the held leaks that the whole document confirms. */
    void finish() {
        for (int i = 0; i < listMarkers.size(); i++) {
            Candidate marker = listMarkers.get(i);
            boolean list = hasNeighbour(i);
            boolean confirmed = switch (marker.marker()) {
                case '-', '+' -> list || markdownShown;
                case '*' -> list;
                // Hand-numbered paragraphs (a table of contents typed as text) are common in HTML pages.
                default -> list && markdownShown;
            };
            if (confirmed) {
                report(marker.block(), marker.leak());
            }
        }
        if (markdownShown) {
            plainItalics.forEach(italic -> report(italic.block(), italic.leak()));
        }
    }

    /** Whether Markdown in this text would be a leak: it is HTML text, which no Markdown renderer reads. */
    private boolean readsMarkdown(TextBlock block) {
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
    private boolean hasNeighbour(int i) {
        int index = listMarkers.get(i).index();
        return i > 0 && listMarkers.get(i - 1).index() >= index - 1
                || i + 1 < listMarkers.size() && listMarkers.get(i + 1).index() <= index + 1;
    }

    /** Reports a leak unless it touches inline code; says whether it did. */
    private boolean report(TextBlock block, Leak leak) {
        if (block.isCode(leak.start(), leak.end())) {
            return false;
        }
        context.report(Problem.at(block.sourceRange(leak.start(), leak.end()), leak.message()));
        return true;
    }

    private void entities(TextBlock block) {
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
