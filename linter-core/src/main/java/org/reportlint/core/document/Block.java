package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.reportlint.core.source.TextRange;

/**
 * One node of a document's block tree: the same tree for HTML, Markdown and plain text.
 *
 * <p>A block has a kind, its source range, the blocks nested in it and the text it holds directly, as
 * {@link TextBlock}s: a list item with a nested list holds the text before the nested list and the text after it as
 * two text blocks around one child. Blocks are immutable once built.
 */
public final class Block {
    private final BlockKind kind;
    private final TextRange sourceRange;
    private final int level;
    private final int row;
    private final int column;
    private final boolean header;
    private final Element element;
    private final List<Block> children;
    private final List<TextBlock> texts;
    private Block parent;

    private Block(Builder builder, List<Block> children, List<TextBlock> texts, TextRange sourceRange) {
        this.kind = builder.kind;
        this.level = builder.level;
        this.row = builder.row;
        this.column = builder.column;
        this.header = builder.header;
        this.element = builder.element;
        this.children = children;
        this.texts = texts;
        this.sourceRange = sourceRange;
        for (Block child : this.children) {
            child.parent = this;
        }
        for (TextBlock text : this.texts) {
            text.attachTo(this);
        }
    }

    /** A builder for a block of {@code kind}; adapters build the tree bottom-up, children first. */
    public static Builder builder(BlockKind kind) {
        return new Builder(kind);
    }

    public BlockKind kind() {
        return kind;
    }

    /** The source range from the block's first character to its last, markup included. */
    public TextRange sourceRange() {
        return sourceRange;
    }

    /** A heading's level, 1 to 6; 0 for other blocks. */
    public int level() {
        return level;
    }

    /** The 0-based index of a table row or cell's row within its table; 0 for other blocks. */
    public int row() {
        return row;
    }

    /** The 0-based column of a table cell, counting the columns spanned by the cells before it; 0 otherwise. */
    public int column() {
        return column;
    }

    /** Whether a table cell is a header cell ({@code th}, or a Markdown table's header row). */
    public boolean isHeader() {
        return header;
    }

    /** The HTML element this block is, for HTML documents and HTML inside Markdown; empty otherwise. */
    public Optional<Element> element() {
        return Optional.ofNullable(element);
    }

    /** The enclosing block; empty for the root. */
    public Optional<Block> parent() {
        return Optional.ofNullable(parent);
    }

    /** The nearest enclosing block of {@code wanted} kind, not counting this one. */
    public Optional<Block> ancestor(BlockKind wanted) {
        for (Block b = parent; b != null; b = b.parent) {
            if (b.kind == wanted) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The blocks directly nested in this one, in document order. */
    public List<Block> children() {
        return children;
    }

    /** The text this block holds directly, in document order; text of nested blocks belongs to them. */
    public List<TextBlock> texts() {
        return texts;
    }

    /** Whether this block or any enclosing one is code or front matter, whose text is not prose. */
    public boolean isProse() {
        for (Block b = this; b != null; b = b.parent) {
            if (!b.kind.isProse()) {
                return false;
            }
        }
        return true;
    }

    /** Visits this block and every block nested in it, depth first in document order. */
    public void visit(Consumer<Block> visitor) {
        List<Block> stack = new ArrayList<>();
        stack.add(this);
        while (!stack.isEmpty()) {
            Block block = stack.remove(stack.size() - 1);
            visitor.accept(block);
            for (int i = block.children.size() - 1; i >= 0; i--) {
                stack.add(block.children.get(i));
            }
        }
    }

    /** The text this block holds directly, its text blocks joined with a space. */
    public String ownText() {
        if (texts.size() == 1) {
            return texts.get(0).text();
        }
        StringBuilder joined = new StringBuilder();
        for (TextBlock text : texts) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(text.text());
        }
        return joined.toString();
    }

    @Override
    public String toString() {
        return kind + (level > 0 ? String.valueOf(level) : "") + sourceRange;
    }

    /**
     * Collects one block's parts. Children and texts are added in document order; the source range is the one set,
     * else the span of what was added.
     */
    public static final class Builder {
        private final BlockKind kind;
        private int level;
        private int row;
        private int column;
        private boolean header;
        private Element element;
        private int start = -1;
        private int end = -1;
        private final List<Object> parts = new ArrayList<>();

        private Builder(BlockKind kind) {
            this.kind = kind;
        }

        public BlockKind kind() {
            return kind;
        }

        public Builder level(int headingLevel) {
            this.level = headingLevel;
            return this;
        }

        public Builder cell(int rowIndex, int columnIndex, boolean headerCell) {
            this.row = rowIndex;
            this.column = columnIndex;
            this.header = headerCell;
            return this;
        }

        public Builder row(int rowIndex) {
            this.row = rowIndex;
            return this;
        }

        public Builder element(Element htmlElement) {
            this.element = htmlElement;
            return this;
        }

        /** Sets the source range; without it the range spans the block's texts and children. */
        public Builder range(int sourceStart, int sourceEnd) {
            return start(sourceStart).end(sourceEnd);
        }

        /** Sets where the block starts; without it, where its first text or child starts. */
        public Builder start(int sourceStart) {
            this.start = sourceStart;
            return this;
        }

        /** Sets where the block ends; without it, where its last text or child ends (at least its start). */
        public Builder end(int sourceEnd) {
            this.end = sourceEnd;
            return this;
        }

        public Builder add(TextBlock text) {
            parts.add(text);
            return this;
        }

        public Builder add(Builder child) {
            parts.add(child);
            return this;
        }

        /** Adds a text or child builder taken from another builder's {@link #parts()}. */
        Builder addPart(Object part) {
            if (!(part instanceof TextBlock) && !(part instanceof Builder)) {
                throw new IllegalArgumentException("not a part of a block: " + part);
            }
            parts.add(part);
            return this;
        }

        /** Inserts texts and child builders taken from another builder's {@link #parts()} at {@code index}. */
        Builder insertParts(int index, List<Object> moved) {
            for (Object part : moved) {
                if (!(part instanceof TextBlock) && !(part instanceof Builder)) {
                    throw new IllegalArgumentException("not a part of a block: " + part);
                }
            }
            parts.addAll(index, moved);
            return this;
        }

        /** The texts and child builders added so far, in order, for an adapter that places them elsewhere. */
        List<Object> parts() {
            return java.util.Collections.unmodifiableList(parts);
        }

        /**
         * Where a part will start in the source: a text's start, a builder's set start or else its first part's;
         * -1 when nothing tells.
         */
        static int startOf(Object part) {
            if (part instanceof TextBlock text) {
                return text.sourceRange().start();
            }
            Builder builder = (Builder) part;
            for (Builder b = builder; ; ) {
                if (b.start >= 0) {
                    return b.start;
                }
                if (b.parts.isEmpty()) {
                    return b.end;
                }
                Object first = b.parts.get(0);
                if (first instanceof TextBlock text) {
                    return text.sourceRange().start();
                }
                b = (Builder) first;
            }
        }

        /** Whether nothing was added yet. */
        public boolean isEmpty() {
            return parts.isEmpty();
        }

        public Block build() {
            int textCount = 0;
            for (Object part : parts) {
                if (part instanceof TextBlock) {
                    textCount++;
                }
            }
            // Exactly sized and wrapped, not copied: most blocks have one text or none, or a few children.
            Block[] children = new Block[parts.size() - textCount];
            TextBlock[] texts = new TextBlock[textCount];
            int childAt = 0;
            int textAt = 0;
            int from = Integer.MAX_VALUE;
            int to = -1;
            for (Object part : parts) {
                TextRange range;
                if (part instanceof TextBlock text) {
                    texts[textAt++] = text;
                    range = text.sourceRange();
                } else {
                    Block child = ((Builder) part).build();
                    children[childAt++] = child;
                    range = child.sourceRange();
                }
                from = Math.min(from, range.start());
                to = Math.max(to, range.end());
            }
            from = start >= 0 ? start : from == Integer.MAX_VALUE ? Math.max(0, end) : from;
            to = Math.max(from, end >= 0 ? end : to);
            TextRange range = new TextRange(from, to);
            return new Block(this, readOnly(children), readOnly(texts), range);
        }

        private static <T> List<T> readOnly(T[] items) {
            return items.length == 0 ? List.of() : items.length == 1 ? List.of(items[0])
                    : java.util.Collections.unmodifiableList(java.util.Arrays.asList(items));
        }
    }
}
