package org.reportlint.rules.splitname;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.source.TextRange;

/**
 * Finds the entry sequences of an HTML document: the items of each list, the cells of each table column, runs of
 * sibling paragraphs or divisions, and the lines of a block broken with {@code <br>}.
 *
 * <p>An entry is an element whose visible text is one text block; an element with nested blocks (a sub-list, two
 * paragraphs) is not one entry and ends the sequence, so that only truly consecutive entries are paired.
 */
final class HtmlEntries {
    private static final Set<String> LISTS = Set.of("ul", "ol", "menu");
    private static final Set<String> LIST_ITEMS = Set.of("li");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** An element with a larger subtree is a section, not an entry; the cap also bounds the work per element. */
    private static final int MAX_ENTRY_ELEMENTS = 64;
    private static final Pattern LINE_BREAKS_ONLY = Pattern.compile(
            "(?:\\s|&nbsp;|&#160;|<br\\s*/?>)*", Pattern.CASE_INSENSITIVE);

    private final String source;
    /** The source as the HTML parser read it: for Markdown, its HTML with everything else blanked. */
    private final String markupSource;
    private final Map<Element, List<TextBlock>> blocksByElement = new IdentityHashMap<>();
    /** Every element's subtree: its size and text blocks, worked out once bottom-up rather than per entry. */
    private final Map<Element, Subtree> subtrees = new IdentityHashMap<>();
    private final List<List<Entry>> sequences = new ArrayList<>();
    /** For each row checked, its first two cells with visible text: enough to tell whether a row can go. */
    private final Map<Element, List<Element>> visibleCells = new IdentityHashMap<>();
    /** Nodes visited, for tests that check the work grows linearly with the document. */
    private long work;

    private HtmlEntries(Document document) {
        this.source = document.source();
        this.markupSource = document.markupSource();
        for (TextBlock block : document.blocks()) {
            block.element().ifPresent(e -> blocksByElement.computeIfAbsent(e, k -> new ArrayList<>()).add(block));
        }
    }

    /** Every sequence of at least two consecutive entries, in document order within each kind. */
    static List<List<Entry>> of(Document document) {
        return scan(document).sequences();
    }

    static HtmlEntries scan(Document document) {
        HtmlEntries entries = new HtmlEntries(document);
        for (Element element : entries.measureSubtrees(document.dom())) {
            String tag = element.normalName();
            entries.siblingRuns(element, LISTS.contains(tag) ? LIST_ITEMS : PARAGRAPHS);
            if (tag.equals("table")) {
                entries.tableColumns(element);
            }
        }
        for (TextBlock block : document.blocks()) {
            // Text outside HTML, such as a Markdown paragraph with a <br>, is the block tree's to read.
            if (block.element().isPresent()) {
                entries.brokenLines(block);
            }
        }
        return entries;
    }

    List<List<Entry>> sequences() {
        return List.copyOf(sequences);
    }

    long work() {
        return work;
    }

    /**
     * Measures every element's subtree in one walk and returns the elements in document order. A subtree's size
     * and blocks are added up when the walk leaves it, from its children's, so each element is visited once.
     */
    private List<Element> measureSubtrees(Element root) {
        List<Element> elements = new ArrayList<>();
        ArrayDeque<Subtree> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    work++;
                    elements.add(element);
                    open.push(new Subtree(blocksByElement.getOrDefault(element, List.of())));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    Subtree subtree = open.pop();
                    subtrees.put(element, subtree);
                    if (!open.isEmpty()) {
                        open.peek().add(subtree);
                    }
                }
            }
        }, root);
        return elements;
    }

    /** Runs of consecutive child elements with the same tag, each one entry: list items, paragraphs. */
    private void siblingRuns(Element parent, Set<String> tags) {
        int candidates = 0;
        for (int i = 0; i < parent.childNodeSize() && candidates < 2; i++) {
            if (parent.childNode(i) instanceof Element child && tags.contains(child.normalName())) {
                candidates++;
            }
        }
        if (candidates < 2) {
            // No run of two entries can form: most elements hold at most one paragraph or item.
            return;
        }
        List<Entry> run = new ArrayList<>();
        Element previous = null;
        int count = parent.childNodeSize();
        for (int i = 0; i < count; i++) {
            if (!(parent.childNode(i) instanceof Element child)) {
                continue;
            }
            boolean continues = previous != null && child.normalName().equals(previous.normalName())
                    && nothingHiddenBetween(previous, child);
            Entry.Merge merge = continues
                    ? elementRemoval(child, previous, nextElement(parent, i + 1)) : new Entry.NotFixable();
            Optional<Entry> entry = tags.contains(child.normalName())
                    ? soleBlock(child).flatMap(block -> Entry.of(block, 0, block.text().length(), merge))
                    : Optional.empty();
            if (entry.isEmpty() || !continues) {
                flush(run);
                run = new ArrayList<>();
            }
            if (entry.isPresent()) {
                run.add(entry.get());
                previous = child;
            } else {
                previous = null;
            }
        }
        flush(run);
    }

    /** The first child element of {@code parent} from child node {@code from} on, or null. */
    private static Element nextElement(Element parent, int from) {
        for (int i = from; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    /**
     * Whether the source between two sibling elements is what the HTML parser saw: in Markdown, text between two HTML
     * blocks is blanked in the markup source, so siblings in the DOM are not neighbours in the document.
     */
    private boolean nothingHiddenBetween(Element previous, Element next) {
        if (markupSource == source) {
            return true;
        }
        Range end = previous.endSourceRange().isTracked() ? previous.endSourceRange() : previous.sourceRange();
        Range start = next.sourceRange();
        if (!end.isTracked() || !start.isTracked() || end.endPos() > start.startPos()) {
            return true;
        }
        return source.regionMatches(end.endPos(), markupSource, end.endPos(), start.startPos() - end.endPos());
    }

    /** The cells of each column over consecutive rows of one row group; tables with row spans are left alone. */
    private void tableColumns(Element table) {
        List<Element> rows = rowsOf(table);
        for (Element row : rows) {
            for (Element cell : row.children()) {
                if (CELLS.contains(cell.normalName()) && span(cell, "rowspan") > 1) {
                    return;
                }
            }
        }
        List<Element> group = new ArrayList<>();
        for (Element row : rows) {
            if (!group.isEmpty() && group.get(0).parent() != row.parent()) {
                columns(group);
                group = new ArrayList<>();
            }
            group.add(row);
        }
        columns(group);
    }

    private void columns(List<Element> rows) {
        if (rows.size() < 2) {
            return;
        }
        // Column start -> the cell starting there in each row; columns are keyed by where cells start, so a wide
        // colspan costs nothing.
        Map<Integer, Element[]> columns = new TreeMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (CELLS.contains(cell.normalName())) {
                    columns.computeIfAbsent(column, c -> new Element[rows.size()])[r] = cell;
                    column += span(cell, "colspan");
                }
            }
        }
        for (Element[] cells : columns.values()) {
            List<Entry> run = new ArrayList<>();
            Element previous = null;
            for (int r = 0; r < rows.size(); r++) {
                Element cell = cells[r];
                boolean continues = previous != null && cell != null
                        && cell.normalName().equals(previous.normalName());
                Entry.Merge merge = continues
                        ? rowRemoval(rows.get(r), cell, rows.get(r - 1), r + 1 < rows.size() ? rows.get(r + 1) : null)
                        : new Entry.NotFixable();
                Optional<Entry> entry = cell == null ? Optional.empty()
                        : soleBlock(cell).flatMap(block -> Entry.of(block, 0, block.text().length(), merge));
                if (entry.isEmpty() || !continues) {
                    flush(run);
                    run = new ArrayList<>();
                }
                if (entry.isPresent()) {
                    run.add(entry.get());
                }
                previous = entry.isPresent() ? cell : null;
            }
            flush(run);
        }
    }

    /** A row can go only when the fragment is all it holds; deleting a lone cell would shift the columns. */
    private Entry.Merge rowRemoval(Element row, Element fragmentCell, Element previousRow, Element nextRow) {
        // Worked out once per row: a row is asked once for each of its columns.
        List<Element> visible = visibleCells.computeIfAbsent(row, this::firstTwoVisibleCells);
        if (visible.size() > 1 || visible.size() == 1 && visible.get(0) != fragmentCell) {
            return new Entry.NotFixable();
        }
        return elementRemoval(row, previousRow, nextRow);
    }

    private List<Element> firstTwoVisibleCells(Element row) {
        List<Element> visible = new ArrayList<>(2);
        for (Element cell : row.children()) {
            if (visible.size() == 2) {
                break;
            }
            if (hasVisibleText(cell)) {
                visible.add(cell);
            }
        }
        return visible;
    }

    /** Whether any text under {@code element} is not blank; stops at the first such text. */
    private boolean hasVisibleText(Element element) {
        boolean[] found = {false};
        element.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                work++;
                if (node instanceof TextNode text && !text.getWholeText().chars().allMatch(c -> Entry.isBlank((char) c))) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /**
     * The rows of {@code table} itself, in document order; nested tables are not entered, so that deeply nested
     * tables cost each element once rather than once per enclosing table.
     */
    private List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        table.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                work++;
                if (node == table || !(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (element.normalName().equals("table")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.normalName().equals("tr")) {
                    rows.add(element);
                }
                return FilterResult.CONTINUE;
            }
        });
        return rows;
    }

    /** The lines of a block separated by {@code <br>}, which templates use as a list as well. */
    private void brokenLines(TextBlock block) {
        String text = block.text();
        List<Integer> breaks = new ArrayList<>();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (source.regionMatches(true, block.sourceStart(i), "<br", 0, 3)) {
                breaks.add(i);
            }
        }
        if (breaks.isEmpty()) {
            return;
        }
        breaks.add(text.length());
        List<Entry> run = new ArrayList<>();
        int start = 0;
        for (int end : breaks) {
            Entry previous = run.isEmpty() ? null : run.get(run.size() - 1);
            Optional<Entry> line = Entry.of(block, start, end, new Entry.JoinGap());
            if (line.isPresent() && previous != null && !onlyLineBreaksBetween(previous, line.get())) {
                line = Optional.of(line.get().withMerge(new Entry.NotFixable()));
            }
            line.ifPresent(run::add);
            start = end + 1;
        }
        flush(run);
    }

    private boolean onlyLineBreaksBetween(Entry previous, Entry next) {
        return previous.range().end() <= next.range().start()
                && LINE_BREAKS_ONLY.matcher(source.substring(previous.range().end(), next.range().start())).matches();
    }

    /**
     * The source to delete so that {@code element} disappears: from its start tag to its end tag, with the
     * whitespace that separates it from the previous entry; without an end tag, up to what follows it.
     */
    private Entry.Merge elementRemoval(Element element, Element previous, Element next) {
        Range start = element.sourceRange();
        if (!start.isTracked() || start.isImplicit()) {
            return new Entry.NotFixable();
        }
        int from = start.startPos();
        Range end = element.endSourceRange();
        if (end.isTracked() && !end.isImplicit()) {
            Range previousEnd = previous.endSourceRange();
            if (previousEnd.isTracked() && !previousEnd.isImplicit() && previousEnd.endPos() <= from
                    && source.substring(previousEnd.endPos(), from).isBlank()) {
                from = previousEnd.endPos();
            }
            return new Entry.DeleteRange(new TextRange(from, end.endPos()));
        }
        Element parent = element.parent();
        if (next == null && parent == null) {
            return new Entry.NotFixable();
        }
        Range until = next != null ? next.sourceRange() : parent.endSourceRange();
        if (!until.isTracked() || until.isImplicit() || until.startPos() < from) {
            return new Entry.NotFixable();
        }
        return new Entry.DeleteRange(new TextRange(from, until.startPos()));
    }

    /** The one text block inside an element, or empty when it holds none or several. */
    private Optional<TextBlock> soleBlock(Element element) {
        work++;
        Subtree subtree = subtrees.get(element);
        if (subtree == null || subtree.elements > MAX_ENTRY_ELEMENTS || subtree.blocks != 1) {
            return Optional.empty();
        }
        return Optional.of(subtree.anyBlock);
    }

    /** The size of an element's subtree, counting the element, and the text blocks of all its elements. */
    private static final class Subtree {
        private long elements = 1;
        private long blocks;
        /** One of the blocks: when there is exactly one, the sole block. */
        private TextBlock anyBlock;

        Subtree(List<TextBlock> own) {
            blocks = own.size();
            anyBlock = own.isEmpty() ? null : own.get(0);
        }

        void add(Subtree child) {
            elements += child.elements;
            blocks += child.blocks;
            if (anyBlock == null) {
                anyBlock = child.anyBlock;
            }
        }
    }

    private static int span(Element cell, String attribute) {
        if (!cell.hasAttr(attribute)) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(cell.attr(attribute).strip())));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private void flush(List<Entry> run) {
        if (run.size() >= 2) {
            sequences.add(List.copyOf(run));
        }
    }
}
