package org.reportlint.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.reportlint.core.source.DecodedText;
import org.reportlint.core.source.LineIndex;
import org.reportlint.core.source.SourceSpan;
import org.reportlint.core.source.TextRange;

/**
 * One linted file, parsed once: its decoded text, line index, block tree and text blocks, and for HTML (also HTML
 * inside Markdown) its markup tokens and DOM.
 *
 * <p>Every rule reads this model and none parses again; what rules derive from it, such as the figures a document
 * states, is computed once and kept with it through {@link #cached(Class, Function)}. It is immutable, except that
 * the jsoup DOM, which rules must treat as read-only, cannot enforce that.
 */
public final class Document {
    private final String path;
    private final DocumentFormat format;
    private final DecodedText decoded;
    /** Built on first use: a document without findings or directives never needs line numbers. */
    private LineIndex lines;
    /** Scanned on first use, like {@link #lines}: only rules that read markup (and directives) need the tokens. */
    private List<MarkupToken> markup;
    private final String markupSource;
    private final org.jsoup.nodes.Document dom;
    private final List<ParseIssue> parseIssues;
    private final Block root;
    private final List<TextBlock> blocks;
    private final int[] blockStarts;
    private final Map<Class<?>, Object> cache = new ConcurrentHashMap<>();

    Document(String path, DocumentFormat format, DecodedText decoded, String markupSource,
             org.jsoup.nodes.Document dom, List<ParseIssue> parseIssues, Block root) {
        this.path = path;
        this.format = format;
        this.decoded = decoded;
        this.markupSource = markupSource;
        this.dom = dom;
        this.parseIssues = List.copyOf(parseIssues);
        this.root = root;
        this.blocks = proseTexts(root);
        this.blockStarts = new int[this.blocks.size()];
        for (int i = 0; i < blockStarts.length; i++) {
            blockStarts[i] = this.blocks.get(i).sourceStart(0);
        }
    }

    /** The path as given or found, {@code /}-separated. */
    public String path() {
        return path;
    }

    public DocumentFormat format() {
        return format;
    }

    /** The decoded text, without a byte order mark; all offsets refer to it. */
    public String source() {
        return decoded.text();
    }

    public DecodedText decoded() {
        return decoded;
    }

    public LineIndex lines() {
        // Racy but safe: every thread that sees null builds an equal index, and LineIndex's fields are final.
        LineIndex index = lines;
        if (index == null) {
            index = LineIndex.of(decoded.text());
            lines = index;
        }
        return index;
    }

    /**
     * Every tag, comment and declaration in source order: for HTML the whole document, for Markdown its HTML blocks
     * and inline HTML, for plain text only comments.
     */
    public List<MarkupToken> markup() {
        // Racy but safe, as lines(): the scan is deterministic and its list and tokens are immutable.
        List<MarkupToken> tokens = markup;
        if (tokens == null) {
            tokens = format == DocumentFormat.TEXT
                    ? MarkupScanner.scanComments(decoded.text()) : MarkupScanner.scanHtml(markupSource);
            markup = tokens;
        }
        return tokens;
    }

    /**
     * The source as the HTML parser read it, of the same length as {@link #source()}: the source itself for HTML,
     * and for Markdown the source with everything but its HTML replaced by spaces (line ends kept), so that HTML
     * inside Markdown is checked at its real offsets. Empty for plain text.
     */
    public String markupSource() {
        return markupSource;
    }

    /** Whether the document has HTML to check: an HTML document, or Markdown with HTML blocks or inline HTML. */
    public boolean containsHtml() {
        // Plain text has comments only (see markup()): no need to scan it to learn that.
        return format == DocumentFormat.HTML || format != DocumentFormat.TEXT
                && markup().stream().anyMatch(t -> t.kind() != MarkupToken.Kind.COMMENT);
    }

    /**
     * The DOM as a browser would build it from {@link #markupSource()}, with source positions; an empty document for
     * plain text. Only rules that check HTML itself need it: the {@link #root() block tree} is the same for every
     * format. Read-only.
     */
    public org.jsoup.nodes.Document dom() {
        return dom;
    }

    /** What the HTML parser had to repair, in source order; empty for plain text. */
    public List<ParseIssue> parseIssues() {
        return parseIssues;
    }

    /** The root of the block tree, of kind {@link BlockKind#DOCUMENT}. */
    public Block root() {
        return root;
    }

    /** The prose text of the document, one text block per run of text, in document order; code is left out. */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /** The document's title: its {@link BlockKind#TITLE} text, else the text of its first heading. */
    public Optional<TextBlock> title() {
        TextBlock heading = null;
        for (TextBlock block : blocks) {
            if (block.kind() == BlockKind.TITLE) {
                return Optional.of(block);
            }
            if (heading == null && block.kind() == BlockKind.HEADING) {
                heading = block;
            }
        }
        return Optional.ofNullable(heading);
    }

    /**
     * What {@code compute} derives from this document, computed on first use and kept: facts many rules read, such
     * as sentences or figures, are then worked out once per document. {@code key} names the value; it must always be
     * computed by the same function. Safe to call from several threads.
     */
    public <T> T cached(Class<T> key, Function<Document, T> compute) {
        Object value = cache.get(key);
        if (value == null) {
            // Computed outside the map so that a computation may itself read other cached values.
            value = compute.apply(this);
            Object raced = cache.putIfAbsent(key, value);
            value = raced == null ? value : raced;
        }
        return key.cast(value);
    }

    private static List<TextBlock> proseTexts(Block root) {
        List<TextBlock> texts = new ArrayList<>();
        root.visit(block -> {
            if (block.kind().isProse()) {
                texts.addAll(block.texts());
            }
        });
        // Prose inside code or front matter is not prose; a code block's children would be visited above.
        texts.removeIf(text -> !text.block().isProse());
        // A text block is never empty; its first character's start is where its range starts.
        texts.sort(Comparator.comparingInt(text -> text.sourceStart(0)));
        return List.copyOf(texts);
    }

    /**
     * The block whose source range covers {@code range}, if any. Blocks are in document order and do not overlap, so
     * this is a binary search.
     */
    public java.util.Optional<TextBlock> blockCovering(TextRange range) {
        int index = java.util.Arrays.binarySearch(blockStarts, range.start());
        int candidate = index >= 0 ? index : -index - 2;
        // Equal starts are possible only for empty ranges; walk back over them to the first that covers the range.
        for (int i = candidate; i >= 0 && i > candidate - 3; i--) {
            TextRange covered = blocks.get(i).sourceRange();
            if (covered.start() <= range.start() && range.end() <= covered.end()) {
                return java.util.Optional.of(blocks.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    public SourceSpan span(TextRange range) {
        return lines().span(range);
    }

    public String text(TextRange range) {
        return decoded.text().substring(range.start(), range.end());
    }
}
