package org.reportlint.rules.regionmembership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/**
 * Finds the sequences of entries a document lists places in, from its block tree, the same for HTML, Markdown and
 * plain text: the items of each list, after the heading or label right before it or the text of the list item it
 * is nested in; runs of short one-line paragraphs and headings; the lines of a text broken into lines; and the
 * cells of each table column. Prose paragraphs are never entries, so a place named in a sentence is never read.
 */
final class EntrySequences {
    /** A paragraph longer than this is prose, not a one-line entry. */
    private static final int MAX_ENTRY_PARAGRAPH = 150;

    private final List<List<Entry>> sequences = new ArrayList<>();

    private EntrySequences() {
    }

    static List<List<Entry>> of(Document document) {
        EntrySequences found = new EntrySequences();
        document.root().visit(block -> {
            if (block.isProse()) {
                found.read(block);
            }
        });
        for (TextBlock text : document.blocks()) {
            found.lines(text);
        }
        return List.copyOf(found.sequences);
    }

    private void read(Block block) {
        switch (block.kind()) {
            case LIST, TABLE_ROW, CODE, FRONT_MATTER -> {
            }
            case TABLE -> sequences.addAll(TableSequences.of(block));
            default -> {
                if (block.kind() == BlockKind.LIST_ITEM) {
                    nestedLists(block);
                }
                children(block);
            }
        }
    }

    /** The entries a list's items follow: the label right before it, or a heading and a line introducing it. */
    private static List<Entry> label(List<Entry> run) {
        List<Entry> entries = new ArrayList<>();
        if (!run.isEmpty()) {
            Entry last = run.get(run.size() - 1);
            if (run.size() >= 2 && endsWithColon(last.segment()) && run.get(run.size() - 2).heading()) {
                // A heading, a line that introduces the list ("Countries covered:"), then the list.
                entries.add(run.get(run.size() - 2));
                entries.add(new Entry(last.segment(), false, false));
            } else {
                // The label right before a list heads it, whatever else it is.
                entries.add(new Entry(last.segment(), true, true));
            }
        }
        return entries;
    }

    /** A list nested in an item, after the item's own text, which heads it. */
    private void nestedLists(Block item) {
        Optional<Segment> lead = item.texts().isEmpty() || item.children().isEmpty()
                || item.texts().get(0).sourceRange().start() > item.children().get(0).sourceRange().start()
                ? Optional.empty() : oneLine(item.texts().get(0));
        for (Block child : item.children()) {
            if (child.kind() == BlockKind.LIST) {
                List<Entry> entries = new ArrayList<>();
                lead.ifPresent(segment -> entries.add(new Entry(segment, true, true)));
                entries.addAll(items(child));
                add(entries);
            }
        }
    }

    /** Runs of one-line paragraphs and headings among the children; each list with the label right before it. */
    private void children(Block parent) {
        List<Entry> run = new ArrayList<>();
        for (Block child : parent.children()) {
            if (isEmpty(child)) {
                continue;
            }
            Optional<Segment> line = child.kind() == BlockKind.PARAGRAPH || child.kind() == BlockKind.HEADING
                    ? soleLine(child) : Optional.empty();
            if (line.isPresent()) {
                run.add(new Entry(line.get(), child.kind() == BlockKind.HEADING || endsWithColon(line.get()), true));
                continue;
            }
            if (child.kind() == BlockKind.LIST) {
                List<Entry> entries = label(run);
                add(run);
                entries.addAll(items(child));
                add(entries);
            } else {
                add(run);
            }
            // add copied the run: the list is reused, not made again for every child that ends one
            run.clear();
        }
        add(run);
    }

    /** The one-line texts of a list's items; an item with nested lists stands for its own text. */
    private static List<Entry> items(Block list) {
        List<Entry> entries = new ArrayList<>();
        for (Block item : list.children()) {
            if (item.kind() == BlockKind.LIST_ITEM && !item.texts().isEmpty()) {
                oneLine(item.texts().get(0)).ifPresent(segment -> entries.add(new Entry(segment, false, false)));
            }
        }
        return entries;
    }

    /** The lines of a text broken by hard line breaks, each an entry; a first line ending with a colon heads. */
    private void lines(TextBlock text) {
        String value = text.text();
        if (value.indexOf('\n') < 0) {
            return; // a line break is a newline: a text without one is no sequence of lines
        }
        if (nextLineBreak(text, 0) == value.length()) {
            return; // newlines that are only whitespace, as in most HTML paragraphs, break nothing
        }
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        while (start <= value.length()) {
            int end = nextLineBreak(text, start);
            Optional<Segment> line = Segment.trimmed(text, start, end);
            if (line.isPresent()) {
                entries.add(new Entry(line.get(), entries.isEmpty() && endsWithColon(line.get()), false));
            }
            start = end + 1;
        }
        add(entries);
    }

    /** The text of a paragraph or heading that is one short line, and nothing else. */
    private static Optional<Segment> soleLine(Block block) {
        if (!block.children().isEmpty() || block.texts().size() != 1) {
            return Optional.empty();
        }
        TextBlock text = block.texts().get(0);
        return text.text().length() > MAX_ENTRY_PARAGRAPH ? Optional.empty() : oneLine(text);
    }

    /** A text without hard line breaks, trimmed. */
    static Optional<Segment> oneLine(TextBlock text) {
        String value = text.text();
        return nextLineBreak(text, 0) < value.length() ? Optional.empty() : Segment.trimmed(text, 0, value.length());
    }

    /**
     * The first hard line break at or after {@code from}, or the text's length when there is none. A break is a
     * newline, or in plain text a carriage return (see {@link TextBlock}): only those characters are asked about.
     */
    private static int nextLineBreak(TextBlock text, int from) {
        String value = text.text();
        int newline = value.indexOf('\n', from);
        int carriageReturn = value.indexOf('\r', from);
        while (newline >= 0 || carriageReturn >= 0) {
            boolean isNewline = carriageReturn < 0 || newline >= 0 && newline < carriageReturn;
            int at = isNewline ? newline : carriageReturn;
            if (text.isLineBreak(at)) {
                return at;
            }
            if (isNewline) {
                newline = value.indexOf('\n', at + 1);
            } else {
                carriageReturn = value.indexOf('\r', at + 1);
            }
        }
        return value.length();
    }

    private static boolean isEmpty(Block block) {
        if (block.kind() != BlockKind.PARAGRAPH || !block.children().isEmpty()) {
            return false;
        }
        for (TextBlock text : block.texts()) {
            if (!isBlank(text.text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is only whitespace and no-break spaces; checked in place, without a copy per paragraph. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u00a0' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithColon(Segment segment) {
        return segment.endsWith(':');
    }

    private void add(List<Entry> entries) {
        if (!entries.isEmpty()) {
            sequences.add(List.copyOf(entries));
        }
    }
}
