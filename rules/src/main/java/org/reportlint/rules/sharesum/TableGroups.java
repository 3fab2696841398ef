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
 * a percentage. A row with a label and no value heads a new section, so a column "By type ... By application"
 * gives one whole per section. When the table's caption or the heading before it says it gives shares, a column headed by a year
 * (or by nothing) is a column of shares too: each year's column is a whole of its own.
 */
final class TableGroups {
    private static final Pattern PERCENT_HEADER = Pattern.compile("(?i)%|\\bper\\s?cent(?:age)?\\b|\\bpct\\b");
    private static final Pattern NOT_SHARE = Pattern.compile("(?i)\\b(?:cagr|grow\\w*|growth|chang\\w*|increas\\w*"
            + "|declin\\w*|rates?|y-?o-?y|margins?|penetration|adoption|respondents?|survey\\w*|difference|delta"
            + "|variance|efficiency|utili[sz]ation)\\b");
    private static final Pattern EMPTY_CELL = Pattern.compile("^[\\s\\-\u2013\u2014*]*(?i:n/?a)?[\\s\\-\u2013\u2014*]*$");
    private static final Pattern STATED_PERCENT = Pattern.compile("\\d\\s?%");
    /** A year as a column header, with its fiscal or estimate marks: {@code 2024}, {@code FY2025E}. */
    private static final Pattern YEAR_MARK = Pattern.compile("(?i)\\b(?:FY|CY)?(?:19|20)\\d{2}[EFAP]?\\b");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private TableGroups() {
    }

    static List<PartGroup> find(Facts facts) {
        List<PartGroup> groups = new ArrayList<>();
        facts.document().root().visit(block -> {
            if (block.kind() == BlockKind.TABLE && block.isProse()) {
                read(facts, Grid.of(block), leadIn(block), groups);
            }
        });
        return groups;
    }

    private static void read(Facts facts, Grid grid, String leadIn, List<PartGroup> groups) {
        if (grid.rows() < 2) {
            return;
        }
        boolean tableOfShares = isShareLabel(leadIn);
        for (int column = 1; column < grid.columns(); column++) {
            String header = grid.text(0, column);
            if (isShareLabel(header) || tableOfShares && !LETTER.matcher(YEAR_MARK.matcher(header).replaceAll(""))
                    .find()) {
                header = isShareLabel(header) ? header : leadIn + "\n" + header;
                List<Block> cells = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (int row = 1; row < grid.rows(); row++) {
                    cells.add(grid.cell(row, column));
                    labels.add(grid.text(row, 0));
                }
                sections(facts, header, cells, labels, groups);
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

    /**
     * What a table says of itself: its caption, or the heading or paragraph just before it ("Market share by
     * region, %"), so that columns headed only by a year are read as shares.
     */
    private static String leadIn(Block table) {
        StringBuilder text = new StringBuilder();
        for (Block child : table.children()) {
            if (child.kind() != BlockKind.TABLE_ROW) {
                text.append(Grid.textOf(child)).append('\n');
            }
        }
        table.parent().ifPresent(parent -> {
            int at = parent.children().indexOf(table);
            if (at > 0) {
                Block previous = parent.children().get(at - 1);
                if (previous.kind() == BlockKind.HEADING || previous.kind() == BlockKind.PARAGRAPH) {
                    text.append(previous.ownText());
                }
            }
        });
        return text.toString().strip();
    }

    private static boolean isShareLabel(String text) {
        return !STATED_PERCENT.matcher(text).find() && (WholeCues.saysShare(text) || PERCENT_HEADER.matcher(text).find()) && !NOT_SHARE.matcher(text).find();
    }

    /**
     * Splits a column at the rows that have a label and no value, which head a section of their own ("By
     * application"), and reads each section as one line.
     */
    private static void sections(Facts facts, String title, List<Block> cells, List<String> labels,
                                 List<PartGroup> groups) {
        int from = 0;
        for (int i = 0; i <= cells.size(); i++) {
            if (i == cells.size() || !labels.get(i).isBlank() && isEmpty(cells.get(i))) {
                line(facts, title, cells.subList(from, i), labels.subList(from, i)).ifPresent(groups::add);
                from = i + 1;
            }
        }
    }

    private static boolean isEmpty(Block cell) {
        return cell == null || EMPTY_CELL.matcher(Grid.textOf(cell)).matches();
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
            if (isEmpty(cell) || WholeCues.isTotalLabel(label)) {
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
