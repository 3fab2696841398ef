package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_CONTEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;

/**
 * Replays the markup as written through a simplified HTML5 tree builder and records every repair a browser would
 * make: implied closes of unfinished elements, ignored end tags, misnested formatting, content moved out of tables.
 *
 * <p>Well-formed HTML, including omitted optional end tags, gives no defect. After a repair the builder recovers the
 * way a browser does, so each root cause gives one defect where possible. Tags go to {@link InsertionModes}; text,
 * declarations and the end of input are handled here. Nothing recurses on nesting depth, so deep input is safe.
 */
final class TreeBuilder {
    private final String source;
    private final OpenElements open = new OpenElements();
    private final List<HtmlDefect> defects = new ArrayList<>();
    private final TreeEdits edits = new TreeEdits(open, defects);
    private final DocumentOutline outline = new DocumentOutline(defects);
    private final InsertionModes modes = new InsertionModes(edits, outline);
    private int cdataEnd = -1;

    private TreeBuilder(String source) {
        this.source = source;
    }

    /** The repairs a browser makes to the given HTML source, in the order they occur. */
    static List<HtmlDefect> build(String source, List<MarkupToken> tokens) {
        return new TreeBuilder(source).run(tokens);
    }

    private List<HtmlDefect> run(List<MarkupToken> tokens) {
        int textStart = 0;
        for (MarkupToken token : tokens) {
            int start = token.range().start();
            if (start < cdataEnd) {
                continue;
            }
            text(Math.max(textStart, cdataEnd), start);
            textStart = token.range().end();
            switch (token.kind()) {
                case START_TAG -> startTag(token);
                case END_TAG -> endTag(token);
                case DECLARATION -> declaration(token);
                case COMMENT -> { }
            }
        }
        text(Math.max(textStart, cdataEnd), source.length());
        endOfInput();
        return defects;
    }

    // ---- text, declarations and the end of input

    private void text(int from, int to) {
        int first = from;
        while (first < to && isHtmlWhitespace(source.charAt(first))) {
            first++;
        }
        if (first >= to) {
            return;
        }
        OpenElement top = open.top();
        if (top != null && top.isHtml() && ElementCategories.RAW_TEXT.contains(top.name)) {
            return;
        }
        outline.text(open.anyOpen("template"));
        if (top != null && top.isHtml() && TABLE_CONTEXT.contains(top.name)) {
            int last = to;
            while (isHtmlWhitespace(source.charAt(last - 1))) {
                last--;
            }
            edits.fosterParent(top, new TextRange(first, last), "");
            return;
        }
        if (top != null) {
            top.hasContent = true;
        }
    }

    private void declaration(MarkupToken token) {
        String text = source.substring(token.range().start(), token.range().end()).toLowerCase(Locale.ROOT);
        OpenElement top = open.top();
        if (text.startsWith("<![cdata[") && top != null && !top.isHtml()) {
            // In SVG and MathML a CDATA section is text up to "]]>", whatever "<" and ">" it contains.
            int close = source.indexOf("]]>", token.range().start());
            cdataEnd = close < 0 ? source.length() : close + 3;
            top.hasContent = true;
            return;
        }
        if (!text.startsWith("<!doctype")) {
            return;
        }
        outline.doctype(token, text);
    }

    private void endOfInput() {
        for (OpenElement element : open.all()) {
            if (!element.mayStayOpen()) {
                edits.report(HtmlDefect.of(Kind.UNCLOSED_AT_END, element.start, element.name, element));
            }
        }
    }

    // ---- tags

    private void startTag(MarkupToken token) {
        String name = token.name().equals("image") ? "img" : token.name();
        if (outline.documentStartTag(token, name)) {
            return;
        }
        outline.startTag(name, open.anyOpen("template"));
        modes.startTag(token, name);
    }

    private void endTag(MarkupToken token) {
        if (outline.documentEndTag(token)) {
            return;
        }
        modes.endTag(token);
    }

    private static boolean isHtmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
