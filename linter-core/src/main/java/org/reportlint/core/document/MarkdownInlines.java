package org.reportlint.core.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.reportlint.core.source.TextRange;

/**
 * Collects the visible text of a Markdown paragraph, heading or table cell from its inline nodes.
 *
 * <p>Emphasis, links and images add only the text inside them: markers, link destinations and titles are not text,
 * and an image's alt text is read as text of its paragraph, since it is what readers see when the image is missing.
 * Both are marked as {@linkplain InlineSpan inline spans}, so that rules can read link texts and alt texts apart.
 * Code spans stay in the text and are marked as code, as are {@code <code>}, {@code <kbd>}, {@code <samp>} and
 * {@code <tt>} written as inline HTML. A soft line break is a newline that is not a line break, as a wrapped line of
 * HTML is; a hard line break (two trailing spaces, a backslash, an inline {@code <br>}) is a line break. Other inline
 * HTML adds nothing: the HTML parser reads it from the document's markup source.
 */
final class MarkdownInlines {
    private static final Pattern CODE_TAG = Pattern.compile("<(/?)(?:code|kbd|samp|tt)(?=[\\s/>])[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br(?=[\\s/>])[^>]*>", Pattern.CASE_INSENSITIVE);

    private final String source;
    private final LiteralAligner aligner;
    /** The source offset after the last inline read, where a line break without a source span is looked for. */
    private int lastEnd;

    MarkdownInlines(String source) {
        this.source = source;
        this.aligner = new LiteralAligner(source);
    }

    /** Appends the text of the inline nodes inside {@code parent}, which starts at source offset {@code from}. */
    void append(Node parent, TextBlock.Builder text, int from) {
        lastEnd = from;
        children(parent, text);
    }

    private void children(Node parent, TextBlock.Builder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, text);
        }
    }

    private void inline(Node node, TextBlock.Builder text) {
        if (node instanceof Text literal) {
            TextRange range = range(node);
            lastEnd = aligner.append(text, literal.getLiteral(), range.start(), range.end(), LiteralAligner.Mode.TEXT);
        } else if (node instanceof Code code) {
            TextRange range = range(node);
            int fence = 0;
            while (range.start() + fence < range.end() && source.charAt(range.start() + fence) == '`') {
                fence++;
            }
            text.startCode();
            aligner.append(text, code.getLiteral(), range.start() + fence, Math.max(range.start() + fence,
                    range.end() - fence), LiteralAligner.Mode.CODE_SPAN);
            text.endCode();
            lastEnd = range.end();
        } else if (node instanceof SoftLineBreak) {
            int lineEnd = lineEndFrom(lastEnd);
            int after = afterLineEnd(lineEnd);
            text.add('\n', lineEnd, after);
            lastEnd = after;
        } else if (node instanceof HardLineBreak) {
            int lineEnd = lineEndFrom(lastEnd);
            int start = node.getSourceSpans().isEmpty() ? trailingBlanksBefore(lineEnd)
                    : node.getSourceSpans().get(0).getInputIndex();
            int after = afterLineEnd(lineEnd);
            text.addLineBreak(Math.min(start, lineEnd), after);
            lastEnd = after;
        } else if (node instanceof HtmlInline html) {
            TextRange range = range(node);
            String tag = html.getLiteral();
            Matcher code = CODE_TAG.matcher(tag);
            if (LINE_BREAK_TAG.matcher(tag).matches()) {
                text.addLineBreak(range.start(), range.end());
            } else if (code.matches()) {
                if (code.group(1).isEmpty()) {
                    text.startCode();
                } else {
                    text.endCode();
                }
            }
            lastEnd = Math.max(lastEnd, range.end());
        } else if (node instanceof Link || node instanceof Image) {
            int start = text.length();
            children(node, text);
            text.markInline(node instanceof Link ? InlineSpan.Kind.LINK_TEXT : InlineSpan.Kind.IMAGE_ALT, start);
        } else {
            children(node, text);
        }
    }

    /** The source range of a node from its first span to its last; empty at the last offset read without spans. */
    private TextRange range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new TextRange(lastEnd, lastEnd);
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return new TextRange(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
    }

    private int lineEndFrom(int from) {
        int i = Math.min(from, source.length());
        while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int afterLineEnd(int lineEnd) {
        if (lineEnd >= source.length()) {
            return lineEnd;
        }
        return source.charAt(lineEnd) == '\r' && lineEnd + 1 < source.length() && source.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }

    private int trailingBlanksBefore(int lineEnd) {
        int i = lineEnd;
        while (i > lastEnd && (source.charAt(i - 1) == ' ' || source.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
    }
}
