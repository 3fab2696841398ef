package org.reportlint.rules.sharesum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.Figure;
import org.reportlint.core.facts.FigureKind;

/**
 * Finds the table lines that give shares: a column whose header says share or percent, with a part's name in the
 * first cell of each row, or a row whose first cell says so, with the parts named in the header row.
 *
 * <p>Each cell of the line must hold one figure and nothing else (an empty cell or a dash is skipped); a row or
 * column labelled {@code Total} restates the parts and is left out. In a column headed {@code (%)} a bare number is
 * a percentage.
 */
final class TableGroups {
    private static final Pattern PERCENT_HEADER = Pattern.compile("(?i)%|\\bper\\s?cent(?:age)?\\b|\\bpct\\b");
    private static final Pattern NOT_SHARE = Pattern.compile("(?i)\\b(?:cagr|grow\\w*|growth|chang\\w*|increas\\w*"
            + "|declin\\w*|rates?|y-?o-?y|margins?|penetration|adoption|respondents?|survey\\w*|difference|delta"
            + "|variance|efficiency|utili[sz]ation)\\b");
    private static final Pattern EMPTY_CELL = Pattern.compile("^[\\s\\-\u2013\u2014*]*(?i:n/?a)?[\\s\\-\u2013\u2014*]*$");
    private static final Pattern STATED_PERCENT = Pattern.compile("\\d\\s?%");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private TableGroups() {
    }

    static List<PartGroup> find(Facts facts) {
        List<PartGroup> groups = new ArrayList<>();
        facts.document().root().visit(block -> {
            if (block.kind() == BlockKind.TABLE && block.isProse()) {
                read(facts, Grid.of(block), groups);
            }
        });
        return groups;
    }

    private static void read(Facts facts, Grid grid, List<PartGroup> groups) {
        if (grid.rows() < 2) {
            return;
        }
        for (int column = 1; column < grid.columns(); column++) {
            String header = grid.text(0, column);
            if (isShareLabel(header)) {
                List<Block> cells = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (int row = 1; row < grid.rows(); row++) {
                    cells.add(grid.cell(row, column));
                    labels.add(grid.text(row, 0));
                }
                line(facts, header, cells, labels).ifPresent(groups::add);
            }
        }
        for (int row = 1; row < grid.rows(); row++) {
            String label = grid.text(row, 0);
            if (isShareLabel(label)) {
                List<Block> cells = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (int column = 1; column < grid.columns(); column++) {
                    cells.add(grid.cell(row, column));
                    labels.add(grid.text(0, column));
                }
                line(facts, label, cells, labels).ifPresent(groups::add);
            }
        }
    }

    private static boolean isShareLabel(String text) {
        return !STATED_PERCENT.matcher(text).find() && (WholeCues.saysShare(text) || PERCENT_HEADER.matcher(text).find()) && !NOT_SHARE.matcher(text).find();
    }

    /** One column or row: {@code title} is its header, {@code cells} its values, {@code labels} their parts. */
    private static Optional<PartGroup> line(Facts facts, String title, List<Block> cells, List<String> labels) {
        boolean percentTitle = PERCENT_HEADER.matcher(title).find();
        StringBuilder context = new StringBuilder(title);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String label = labels.get(i);
            context.append('\n').append(label);
            Block cell = cells.get(i);
            String text = cell == null ? "" : Grid.textOf(cell);
            if (EMPTY_CELL.matcher(text).matches() || WholeCues.isTotalLabel(label)) {
                continue;
            }
            Optional<Figure> value = soleFigure(facts, cell, percentTitle);
            if (value.isEmpty() || FigureRole.of(value.get(), value.get().start()) != FigureRole.SHARE) {
                return Optional.empty();
            }
            parts.add(new Part(value.get(), label, ""));
        }
        return parts.size() < 2 ? Optional.empty() : Optional.of(new PartGroup(parts, context.toString()));
    }

    /** The one figure a cell holds, with nothing but signs around it; a bare number only under a percent header. */
    private static Optional<Figure> soleFigure(Facts facts, Block cell, boolean percentTitle) {
        List<TextBlock> texts = Grid.textsOf(cell);
        if (texts.size() != 1) {
            return Optional.empty();
        }
        TextBlock text = texts.get(0);
        List<Figure> figures = facts.figures(text);
        if (figures.size() != 1) {
            return Optional.empty();
        }
        Figure figure = figures.get(0);
        boolean percent = figure.kind() == FigureKind.PERCENT
                || figure.kind() == FigureKind.COUNT && percentTitle;
        String rest = text.text().substring(0, figure.start()) + text.text().substring(figure.end());
        return percent && !LETTER.matcher(rest).find() ? Optional.of(figure) : Optional.empty();
    }

    /** A table's cells by row and column. */
    private record Grid(TreeMap<Integer, TreeMap<Integer, Block>> cells, int rows, int columns) {

        static Grid of(Block table) {
            TreeMap<Integer, TreeMap<Integer, Block>> cells = new TreeMap<>();
            int rows = 0;
            int columns = 0;
            for (Block row : table.children()) {
                if (row.kind() != BlockKind.TABLE_ROW) {
                    continue;
                }
                for (Block cell : row.children()) {
                    if (cell.kind() == BlockKind.TABLE_CELL) {
                        cells.computeIfAbsent(cell.row(), r -> new TreeMap<>()).putIfAbsent(cell.column(), cell);
                        rows = Math.max(rows, cell.row() + 1);
                        columns = Math.max(columns, cell.column() + 1);
                    }
                }
            }
            return new Grid(cells, rows, columns);
        }

        Block cell(int row, int column) {
            TreeMap<Integer, Block> inRow = cells.get(row);
            return inRow == null ? null : inRow.get(column);
        }

        String text(int row, int column) {
            Block cell = cell(row, column);
            return cell == null ? "" : textOf(cell).strip();
        }

        /** The text of a cell and of any paragraph or list inside it. */
        static List<TextBlock> textsOf(Block cell) {
            List<TextBlock> texts = new ArrayList<>();
            cell.visit(b -> texts.addAll(b.texts()));
            return texts;
        }

        static String textOf(Block cell) {
            StringBuilder joined = new StringBuilder();
            for (TextBlock text : textsOf(cell)) {
                joined.append(joined.length() > 0 ? " " : "").append(text.text());
            }
            return joined.toString();
        }
    }
}
