package org.reportlint.rules.splitname;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.DocumentFormat;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * Finds the entry sequences of the text that did not come from HTML, whatever its format, in the block tree: runs of
 * consecutive sibling paragraphs and list items, each of their lines one entry, the cells of each table column, and
 * the lines of any other text broken by hard line breaks.
 *
 * <p>A plain text paragraph breaks at every line end, so its lines are entries, as templates write one name per line;
 * a Markdown paragraph wraps its lines and is one entry. A list item with nested blocks is not one entry and ends the
 * run, as does anything else between entries (a heading, a table, code, HTML). A fragment can be joined onto the
 * entry before it only when nothing but blanks, line breaks and a list marker lies between them; table cells are
 * never joined, since the fix would break the table.
 */
final class BlockEntries {
    /** What may be removed between two entries when they are joined: blanks, hard breaks, a list marker. */
    private static final Pattern JOINABLE_GAP = Pattern.compile(
            "(?:\\s|\\\\|<br\\s*/?>)*(?:(?:[-*+\u2022\u25aa\u25cf\u2013]|\\d{1,9}[.)])[ \\t]+)?",
            Pattern.CASE_INSENSITIVE);

    private final String source;
    /** Whether a line end inside a paragraph may only wrap its text: in plain text, unlike a Markdown hard break. */
    private final boolean linesMayWrap;
    private final List<List<Entry>> sequences = new ArrayList<>();

    private BlockEntries(String source, boolean linesMayWrap) {
        this.source = source;
        this.linesMayWrap = linesMayWrap;
    }

    /** Every sequence of at least two consecutive entries outside HTML. */
    static List<List<Entry>> of(Document document) {
        BlockEntries entries = new BlockEntries(document.source(), document.format() == DocumentFormat.TEXT);
        document.root().visit(entries::read);
        return List.copyOf(entries.sequences);
    }

    private void read(Block block) {
        if (block.element().isPresent() || !block.isProse()) {
            return;
        }
        switch (block.kind()) {
            case TABLE -> tableColumns(block);
            case HEADING, TITLE, TABLE_CELL, DOCUMENT, SECTION, QUOTE -> linesOfEach(block);
            case PARAGRAPH, LIST_ITEM -> {
                // One that is an entry is read with its siblings; the lead text of an item with a sub-list is not.
                if (soleText(block).isEmpty()) {
                    linesOfEach(block);
                }
            }
            default -> {
            }
        }
        siblingRuns(block);
    }

    private void linesOfEach(Block block) {
        for (TextBlock text : block.texts()) {
            if (text.element().isEmpty()) {
                List<Entry> lines = new ArrayList<>();
                addLines(text, lines);
                flush(lines);
            }
        }
    }

    /** Runs of the paragraphs and list items among {@code parent}'s children, each of their lines an entry. */
    private void siblingRuns(Block parent) {
        List<Entry> run = new ArrayList<>();
        for (Block child : parent.children()) {
            if (child.element().isEmpty() && child.kind() == BlockKind.LIST) {
                for (Block item : child.children()) {
                    run = addOrEnd(item, run);
                }
            } else if (child.element().isEmpty() && child.kind() == BlockKind.PARAGRAPH) {
                run = addOrEnd(child, run);
            } else {
                flush(run);
                run = new ArrayList<>();
            }
        }
        flush(run);
    }

    /** Adds the lines of a block that is one entry to the run; otherwise ends the run and returns a new one. */
    private List<Entry> addOrEnd(Block block, List<Entry> run) {
        Optional<TextBlock> text = soleText(block);
        if (text.isPresent()) {
            addLines(text.get(), run);
            return run;
        }
        flush(run);
        return new ArrayList<>();
    }

    /** The lines of a text separated by hard line breaks, joinable onto the entry before when the gap allows it. */
    private void addLines(TextBlock block, List<Entry> run) {
        String text = block.text();
        int start = 0;
        boolean afterLineEnd = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || block.isLineBreak(i)) {
                Optional<Entry> line = Entry.of(block, start, i, new Entry.JoinGap(), afterLineEnd && linesMayWrap);
                if (line.isPresent()) {
                    Entry previous = run.isEmpty() ? null : run.get(run.size() - 1);
                    Entry entry = line.get();
                    run.add(previous == null || joinable(previous.range(), entry.range()) ? entry
                            : entry.withMerge(new Entry.NotFixable()));
                    afterLineEnd = true;
                }
                start = i + 1;
            }
        }
    }

    private boolean joinable(TextRange previous, TextRange next) {
        // Most gaps are a line end and blanks, which the pattern's first loop takes whole.
        return previous.end() <= next.start() && (onlyPatternSpaces(previous.end(), next.start())
                || JOINABLE_GAP.matcher(source).region(previous.end(), next.start()).matches());
    }

    /** Whether source characters {@code [from, to)} are all what {@code \\s} matches: ASCII whitespace. */
    private boolean onlyPatternSpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The cells of each column over consecutive rows; a header cell and a data cell are not one column's entries. */
    private void tableColumns(Block table) {
        TreeMap<Integer, List<Block>> columns = new TreeMap<>();
        int rows = 0;
        for (Block row : table.children()) {
            if (row.kind() != BlockKind.TABLE_ROW) {
                continue;
            }
            for (Block cell : row.children()) {
                if (cell.kind() == BlockKind.TABLE_CELL) {
                    List<Block> column = columns.computeIfAbsent(cell.column(), c -> new ArrayList<>());
                    while (column.size() < rows) {
                        column.add(null);
                    }
                    column.add(cell);
                }
            }
            rows++;
        }
        for (List<Block> cells : columns.values()) {
            List<Entry> run = new ArrayList<>();
            Block previous = null;
            for (Block cell : cells) {
                Optional<Entry> entry = cell == null ? Optional.empty() : soleText(cell)
                        .filter(text -> !hasLineBreak(text))
                        .flatMap(text -> Entry.of(text, 0, text.text().length(), new Entry.NotFixable()));
                if (entry.isEmpty() || previous == null || previous.isHeader() != cell.isHeader()) {
                    flush(run);
                    run = new ArrayList<>();
                }
                entry.ifPresent(run::add);
                previous = entry.isPresent() ? cell : null;
            }
            flush(run);
        }
    }

    /** The one text of a block that has no nested blocks and did not come from HTML. */
    private static Optional<TextBlock> soleText(Block block) {
        if (!block.children().isEmpty() || block.texts().size() != 1 || block.element().isPresent()) {
            return Optional.empty();
        }
        TextBlock text = block.texts().get(0);
        return text.element().isPresent() ? Optional.empty() : Optional.of(text);
    }

    private static boolean hasLineBreak(TextBlock text) {
        for (int i = 0; i < text.text().length(); i++) {
            if (text.isLineBreak(i)) {
                return true;
            }
        }
        return false;
    }

    private void flush(List<Entry> run) {
        if (run.size() >= 2) {
            sequences.add(List.copyOf(run));
        }
    }
}
