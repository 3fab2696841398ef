package org.reportlint.core.document;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.reportlint.core.source.TextRange;

/**
 * The visible text that one {@link Block} holds directly, with the source range of every character.
 *
 * <p>Entities and Markdown escapes are decoded ({@code &amp;} in the source is {@code &} here), emphasis markers and
 * link syntax are gone, and a hard line break ({@code <br>}, a Markdown hard break, a line end in plain text) is a
 * newline marked as a {@link #isLineBreak(int) line break}; each character maps back to the whole source range it
 * came from. Other whitespace is kept as written, so rules decide how to treat it. Inline code ({@code <code>},
 * Markdown backticks) stays in the text, so sentences read on, but is marked: see {@link #isCode(int, int)}.
 */
public final class TextBlock {
    private static final BitSet NO_LINE_BREAKS = new BitSet(0);
    private static final int[] NO_CODE = new int[0];

    private final BlockKind kind;
    private final Element element;
    private final String text;
    /** Where each character of the text comes from, as runs: a few ints per run instead of two per character. */
    private final SourceRuns runs;
    private final BitSet lineBreaks;
    private final int[] codeSpans;
    private final List<InlineSpan> inlineSpans;
    /** The source range of the whole text, which building the tree and every rule ask for; null when empty. */
    private final TextRange range;
    private Block block;

    private TextBlock(BlockKind kind, Element element, String text, SourceRuns runs, BitSet lineBreaks,
                      int[] codeSpans, List<InlineSpan> inlineSpans) {
        this.kind = kind;
        this.element = element;
        this.text = text;
        this.runs = runs;
        this.lineBreaks = lineBreaks;
        this.codeSpans = codeSpans;
        this.inlineSpans = inlineSpans;
        this.range = text.isEmpty() ? null : new TextRange(runs.start(0), runs.end(text.length() - 1));
    }

    /** A builder for the text of a block of {@code kind}; {@code element} is its HTML element, or null. */
    public static Builder builder(BlockKind kind, Element element) {
        return new Builder(kind, element);
    }

    /**
     * A block whose text is a verbatim slice of the source starting at {@code sourceStart}, as plain text is: every
     * line end ({@code \n}, or a {@code \r} not followed by one) is a hard line break.
     */
    public static TextBlock verbatim(BlockKind kind, String text, int sourceStart) {
        Builder builder = new Builder(kind, null);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                builder.lineBreakAt(i);
            }
        }
        builder.addVerbatim(text, 0, text.length(), sourceStart);
        return builder.build();
    }

    void attachTo(Block owner) {
        if (block != null && block != owner) {
            throw new IllegalStateException("a text block belongs to one block");
        }
        block = owner;
    }

    /** The kind of the block this text belongs to. */
    public BlockKind kind() {
        // An adapter may move text built for one block into another (HTML inside a Markdown list item).
        return block != null ? block.kind() : kind;
    }

    /** The block that holds this text. */
    public Block block() {
        return block;
    }

    /** The HTML element whose text this is; empty for text that did not come from HTML. */
    public Optional<Element> element() {
        return Optional.ofNullable(element);
    }

    public String text() {
        return text;
    }

    /** Whether the character at {@code index} is a hard line break rather than wrapped source text. */
    public boolean isLineBreak(int index) {
        return lineBreaks.get(index);
    }

    /** Whether text characters {@code [start, end)} overlap inline code. */
    public boolean isCode(int start, int end) {
        for (int i = 0; i < codeSpans.length; i += 2) {
            if (codeSpans[i] < end && start < codeSpans[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The link texts and image alt texts of this text that the format adapter marked, in text order: those of
     * Markdown. HTML keeps them in its DOM ({@code <a>} elements, {@code alt} attributes), where they are not text.
     */
    public List<InlineSpan> inlineSpans() {
        return inlineSpans;
    }

    /** The source offset where the character at {@code index} of the text starts. */
    public int sourceStart(int index) {
        checkIndex(index);
        return index == 0 ? range.start() : runs.start(index);
    }

    /** The source offset just after the character at {@code index} of the text. */
    public int sourceEnd(int index) {
        checkIndex(index);
        return runs.end(index);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " in a text of " + text.length());
        }
    }

    /** The source range of text characters {@code [start, end)}; an empty text range maps to an empty source range. */
    public TextRange sourceRange(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") in a text of " + text.length());
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("an empty block has no source range");
        }
        if (start == end) {
            int at = start < text.length() ? runs.start(start) : runs.end(text.length() - 1);
            return new TextRange(at, at);
        }
        return new TextRange(runs.start(start), runs.end(end - 1));
    }

    /** The source range of the whole block text. */
    public TextRange sourceRange() {
        return range != null ? range : sourceRange(0, text.length());
    }

    /** The text offset of the first character whose source range ends after {@code sourceOffset}, or the text length. */
    public int textIndexAt(int sourceOffset) {
        int low = 0;
        int high = text.length();
        // Source ranges grow with the text index, so the first end past the offset is found by bisection.
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (runs.end(mid) > sourceOffset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** How many source runs map this text: what its memory grows with, beyond the text itself. */
    int sourceRunCount() {
        return runs.runCount();
    }

    @Override
    public String toString() {
        return kind + "[" + text + "]";
    }

    /** Accumulates the text of one block and its map back to the source, for the format adapters. */
    public static final class Builder {
        private final BlockKind kind;
        private final Element element;
        /**
         * The text while it is one verbatim slice of a string, as most text is (a text node written as it reads):
         * then it is not copied into {@link #text} at all, and a slice that is a whole string is the text as is.
         */
        private String slice;
        private int sliceFrom;
        private int sliceTo;
        /** The text once it is more than one slice; null before. */
        private StringBuilder text;
        private final SourceRuns.Builder runs = new SourceRuns.Builder();
        private BitSet lineBreaks;
        private int[] codeSpans = NO_CODE;
        private int codeStart = -1;
        private List<InlineSpan> inlineSpans;

        private Builder(BlockKind kind, Element element) {
            this.kind = kind;
            this.element = element;
        }

        public BlockKind kind() {
            return kind;
        }

        /** Appends one character that stands for source characters {@code [sourceStart, sourceEnd)}. */
        public Builder add(char c, int sourceStart, int sourceEnd) {
            runs.add(length(), sourceStart, sourceEnd);
            copied(1).append(c);
            return this;
        }

        /**
         * Appends {@code chars[from, to)}, which are written as they are in the source from {@code sourceStart} on:
         * character {@code k} stands for source character {@code sourceStart + k}. Same as adding them one by one.
         */
        public Builder addVerbatim(CharSequence chars, int from, int to, int sourceStart) {
            if (from < to) {
                runs.addVerbatim(length(), to - from, sourceStart);
                // Only an immutable string may be kept instead of copied: a caller may change its builder after.
                if (text == null && slice == null && chars instanceof String) {
                    slice = (String) chars;
                    sliceFrom = from;
                    sliceTo = to;
                } else {
                    copied(to - from).append(chars, from, to);
                }
            }
            return this;
        }

        /** The text as a builder with room for {@code more} characters, the slice copied into it. */
        private StringBuilder copied(int more) {
            if (text == null) {
                int sliced = slice == null ? 0 : sliceTo - sliceFrom;
                text = new StringBuilder(Math.max(16, sliced + more + 16));
                if (slice != null) {
                    text.append(slice, sliceFrom, sliceTo);
                    slice = null;
                }
            }
            return text;
        }

        /** Marks text character {@code index} as a hard line break. */
        private void lineBreakAt(int index) {
            if (lineBreaks == null) {
                lineBreaks = new BitSet();
            }
            lineBreaks.set(index);
        }

        /** Appends a hard line break written as source characters {@code [sourceStart, sourceEnd)}. */
        public Builder addLineBreak(int sourceStart, int sourceEnd) {
            lineBreakAt(length());
            return add('\n', sourceStart, sourceEnd);
        }

        /** Marks where inline code starts; what is added until {@link #endCode()} is code. */
        public Builder startCode() {
            codeStart = length();
            return this;
        }

        public Builder endCode() {
            int length = length();
            if (codeStart >= 0 && length > codeStart) {
                codeSpans = Arrays.copyOf(codeSpans, codeSpans.length + 2);
                codeSpans[codeSpans.length - 2] = codeStart;
                codeSpans[codeSpans.length - 1] = length;
            }
            codeStart = -1;
            return this;
        }

        /** Marks the text added since length {@code start} as held by an inline element of {@code kind}. */
        public Builder markInline(InlineSpan.Kind kind, int start) {
            int length = length();
            if (length > start) {
                if (inlineSpans == null) {
                    inlineSpans = new ArrayList<>();
                }
                inlineSpans.add(new InlineSpan(kind, start, length));
            }
            return this;
        }

        public int length() {
            return text != null ? text.length() : slice != null ? sliceTo - sliceFrom : 0;
        }

        /** Whether the text has a character that is not whitespace. */
        public boolean hasVisibleText() {
            CharSequence chars = text != null ? text : slice;
            int from = text != null ? 0 : sliceFrom;
            int to = text != null ? text.length() : slice != null ? sliceTo : 0;
            for (int i = from; i < to; i++) {
                char c = chars.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u00A0') {
                    return true;
                }
            }
            return false;
        }

        public TextBlock build() {
            String built = text != null ? text.toString()
                    : slice != null ? slice.substring(sliceFrom, sliceTo) : "";
            // Most blocks have neither line breaks nor code: they share one empty set and array, never changed.
            return new TextBlock(kind, element, built, runs.build(),
                    lineBreaks == null || lineBreaks.isEmpty() ? NO_LINE_BREAKS : (BitSet) lineBreaks.clone(),
                    codeSpans.length == 0 ? NO_CODE : codeSpans.clone(),
                    inlineSpans == null ? List.of() : sortedCopy(inlineSpans));
        }

        /** An image inside a link is marked before the link that holds it: sorted by start, the outer one first. */
        private static List<InlineSpan> sortedCopy(List<InlineSpan> spans) {
            List<InlineSpan> sorted = new ArrayList<>(spans);
            sorted.sort(java.util.Comparator.comparingInt(InlineSpan::start).thenComparingInt(span -> -span.end()));
            return List.copyOf(sorted);
        }
    }
}
