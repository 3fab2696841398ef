package org.reportlint.rules.regionmembership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;

/**
 * The entry sequences of one table: the cells of each column over its rows, a header cell heading the cells below
 * it and a row that holds nothing but a label heading the rows under it; and each row whose first cell is a label
 * with the cell beside it ({@code Europe | Germany, France}), with the rows below that leave the label cell empty.
 */
final class TableSequences {

    private TableSequences() {
    }

    static List<List<Entry>> of(Block table) {
        List<List<Optional<Segment>>> rows = new ArrayList<>();
        TreeMap<Integer, List<Entry>> columns = new TreeMap<>();
        for (Block row : table.children()) {
            if (row.kind() != BlockKind.TABLE_ROW) {
                continue;
            }
            List<Block> cells = row.children().stream().filter(c -> c.kind() == BlockKind.TABLE_CELL).toList();
            List<Optional<Segment>> texts = cells.stream().map(TableSequences::text).toList();
            rows.add(texts);
            boolean soleLabel = texts.stream().filter(Optional::isPresent).count() == 1;
            for (int i = 0; i < cells.size(); i++) {
                Block cell = cells.get(i);
                texts.get(i).ifPresent(segment -> columns.computeIfAbsent(cell.column(), c -> new ArrayList<>())
                        .add(new Entry(segment, cell.isHeader() || soleLabel, false)));
            }
        }
        List<List<Entry>> sequences = new ArrayList<>(columns.values().stream().map(List::copyOf).toList());
        sequences.addAll(labelBeside(rows));
        return sequences;
    }

    /** Rows whose first cell labels the second, continued by rows that leave the first cell empty. */
    private static List<List<Entry>> labelBeside(List<List<Optional<Segment>>> rows) {
        List<List<Entry>> sequences = new ArrayList<>();
        List<Entry> current = null;
        for (List<Optional<Segment>> row : rows) {
            if (row.size() < 2 || row.get(1).isEmpty()) {
                current = null;
                continue;
            }
            if (row.get(0).isPresent()) {
                current = new ArrayList<>();
                current.add(new Entry(row.get(0).get(), true, true));
                sequences.add(current);
            }
            if (current != null) {
                current.add(new Entry(row.get(1).get(), false, false));
            }
        }
        return sequences.stream().map(List::copyOf).toList();
    }

    /** A cell's text when it is one line; a cell with nested blocks or several lines is not one entry. */
    private static Optional<Segment> text(Block cell) {
        if (!cell.children().isEmpty() || cell.texts().size() != 1) {
            return Optional.empty();
        }
        return EntrySequences.oneLine(cell.texts().get(0));
    }
}
