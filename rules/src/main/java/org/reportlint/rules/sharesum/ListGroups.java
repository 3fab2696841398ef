package org.reportlint.rules.sharesum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Figure;
import org.reportlint.core.facts.FigureKind;

/**
 * Finds the lists whose entries give shares: the items of each list (a nested list is a whole of its own, as a
 * region's countries are), and the lines of a block written one item per line.
 *
 * <p>A list's lead-in is the block just before it, or the text of the item it is nested in.
 */
final class ListGroups {
    private static final int LEAD_IN_LEVELS = 3;
    private ListGroups() {
    }

    static List<PartGroup> find(Facts facts) {
        List<PartGroup> groups = new ArrayList<>();
        facts.document().root().visit(block -> {
            if (block.kind() == BlockKind.LIST && block.isProse()) {
                List<Entry> items = items(block);
                if (percentCount(facts, items) >= 2) {
                    EntryGroups.read(facts, leadIn(block), items, false).ifPresent(groups::add);
                }
            }
        });
        for (TextBlock text : facts.document().blocks()) {
            if (!twoPercentages(facts.figures(text))) {
                continue;
            }
            List<Entry> lines = lines(text);
            if (lines.size() >= 2 && percentCount(facts, lines) >= 2) {
                EntryGroups.read(facts, leadIn(text.block()), lines, true).ifPresent(groups::add);
            }
        }
        return groups;
    }

    /** Whether at least two of {@code figures} are percentages; asked of every block, so without a stream. */
    private static boolean twoPercentages(List<Figure> figures) {
        int seen = 0;
        for (Figure f : figures) {
            if (f.kind() == FigureKind.PERCENT && ++seen >= 2) {
                return true;
            }
        }
        return false;
    }

    private static List<Entry> items(Block list) {
        List<Entry> items = new ArrayList<>();
        for (Block child : list.children()) {
            if (child.kind() == BlockKind.LIST_ITEM) {
                leadText(child).ifPresent(own -> items.add(new Entry(own, 0, own.text().length())));
            }
        }
        return items;
    }

    /**
     * The text an item starts with: its own, or that of the paragraph it wraps, as a loose Markdown list or
     * {@code <li><p>} writes it.
     */
    private static Optional<TextBlock> leadText(Block item) {
        if (!item.texts().isEmpty()) {
            return Optional.of(item.texts().get(0));
        }
        if (!item.children().isEmpty() && item.children().get(0).kind() == BlockKind.PARAGRAPH
                && !item.children().get(0).texts().isEmpty()) {
            return Optional.of(item.children().get(0).texts().get(0));
        }
        return Optional.empty();
    }

    /** The lines of a block broken by hard line breaks; none when it is one line. */
    private static List<Entry> lines(TextBlock text) {
        List<Entry> lines = new ArrayList<>();
        String s = text.text();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (text.isLineBreak(i)) {
                addLine(lines, text, start, i);
                start = i + 1;
            }
        }
        if (lines.isEmpty()) {
            return lines;
        }
        addLine(lines, text, start, s.length());
        return lines;
    }

    private static void addLine(List<Entry> lines, TextBlock text, int start, int end) {
        if (!text.text().substring(start, end).isBlank()) {
            lines.add(new Entry(text, start, end));
        }
    }

    private static long percentCount(Facts facts, List<Entry> entries) {
        return entries.stream().mapToLong(e -> facts.figures(e.block()).stream()
                .filter(f -> f.kind() == FigureKind.PERCENT && e.contains(f.start())).count()).sum();
    }

    /**
     * The text just before a block: the heading or paragraph before it, else the text of the block it is the first
     * part of, else (for a first child of a container, as a list opening a {@code div}) what comes before that
     * container, a few levels up at most.
     */
    private static String leadIn(Block block) {
        Block at = block;
        for (int level = 0; at != null && level < LEAD_IN_LEVELS; level++) {
            Block parent = at.parent().orElse(null);
            if (parent == null) {
                return "";
            }
            List<Block> siblings = parent.children();
            int index = siblings.indexOf(at);
            if (index > 0) {
                Block previous = siblings.get(index - 1);
                boolean prose = previous.kind() == BlockKind.HEADING || previous.kind() == BlockKind.PARAGRAPH;
                return prose ? previous.ownText() : "";
            }
            if (!parent.ownText().isBlank() || parent.kind() != BlockKind.SECTION) {
                return parent.ownText();
            }
            at = parent;
        }
        return "";
    }
}
