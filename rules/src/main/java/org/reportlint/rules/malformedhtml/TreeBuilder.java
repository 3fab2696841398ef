package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.CLOSES_PARAGRAPH;
import static org.reportlint.rules.malformedhtml.ElementCategories.HEADINGS;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_CONTEXT;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_PARTS;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_SECTIONS;
import static org.reportlint.rules.malformedhtml.ElementCategories.VOID;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElement.Namespace;
import org.reportlint.rules.malformedhtml.OpenElements.Scope;

/**
 * Replays the markup as written through a simplified HTML5 tree builder and records every repair a browser would
 * make: implied closes of unfinished elements, ignored end tags, misnested formatting, content moved out of tables.
 *
 * <p>Well-formed HTML, including omitted optional end tags, gives no defect. Each root cause gives one defect where
 * possible: after a repair the builder recovers the way a browser does, and an element a defect already explains is
 * not reported again. The stack is a list and nothing recurses on nesting depth, so deep input is safe.
 */
final class TreeBuilder {
    private final String source;
    private final OpenElements open = new OpenElements();
    private final List<HtmlDefect> defects = new ArrayList<>();
    private final TreeEdits edits = new TreeEdits(open, defects);
    private final DocumentOutline outline = new DocumentOutline(defects);
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

    // ---- start tags

    private void startTag(MarkupToken token) {
        String name = token.name().equals("image") ? "img" : token.name();
        if (outline.documentStartTag(token, name)) {
            return;
        }
        outline.startTag(name, open.anyOpen("template"));
        OpenElement top = open.top();
        if (top != null && !top.isHtml() && !integrationPointAllowsHtml(top, name)) {
            foreignStartTag(token, name);
        } else {
            dispatchStart(token, name);
        }
    }

    /** Processes a start tag according to the insertion mode, which the nearest table, cell or template sets. */
    private void dispatchStart(MarkupToken token, String name) {
        OpenElement modeElement = open.isEmpty() ? null : open.top().modeElement;
        String mode = modeElement == null ? "" : modeElement.name;
        switch (mode) {
            case "table" -> inTable(token, name);
            case "tbody", "thead", "tfoot" -> inTableBody(token, name);
            case "tr" -> inRow(token, name);
            case "td", "th", "caption" -> {
                if (TABLE_PARTS.contains(name)) {
                    edits.closeThrough(modeElement, token, Kind.START_TAG_CLOSES_OPEN);
                    dispatchStart(token, name);
                } else {
                    inBody(token, name);
                }
            }
            case "colgroup" -> {
                if (name.equals("col")) {
                    open.top().hasContent = true;
                } else if (name.equals("template")) {
                    inBody(token, name);
                } else {
                    open.popThrough(modeElement);
                    dispatchStart(token, name);
                }
            }
            case "template" -> {
                if (open.top() == modeElement && TABLE_PARTS.contains(name)) {
                    edits.pushUnlessVoid(token, name);
                } else {
                    inBody(token, name);
                }
            }
            case "select" -> {
                OpenElement outer = name.equals("select") ? open.inScope("select", Scope.DEFAULT) : null;
                if (outer != null) {
                    edits.closesImplicitly(Kind.NESTED_CLOSES_OUTER, token, name, outer);
                    open.popThrough(outer);
                } else {
                    inBody(token, name);
                }
            }
            default -> inBody(token, name);
        }
    }

    private void inTable(MarkupToken token, String name) {
        switch (name) {
            case "caption", "colgroup", "tbody", "thead", "tfoot" -> {
                open.clearBackTo(Set.of("table"));
                edits.push(token, name);
            }
            case "col" -> {
                open.clearBackTo(Set.of("table"));
                edits.pushImplied("colgroup", token);
                dispatchStart(token, name);
            }
            case "tr", "td", "th" -> {
                open.clearBackTo(Set.of("table"));
                edits.pushImplied("tbody", token);
                dispatchStart(token, name);
            }
            case "table" -> {
                OpenElement outer = open.inScope("table", Scope.TABLE);
                if (outer == null) {
                    // Table parts directly in a template: a browser ignores the nested table tag.
                    edits.ignoreStartTag(name);
                    return;
                }
                edits.closesImplicitly(Kind.NESTED_CLOSES_OUTER, token, name, outer);
                open.popThrough(outer);
                dispatchStart(token, name);
            }
            case "style", "script", "template" -> inBody(token, name);
            case "form" -> {
                // A browser inserts an empty form here and closes it at once; its end tag then closes nothing.
                edits.ignoreStartTag(name);
                open.top().hasContent = true;
            }
            default -> {
                OpenElement top = open.top();
                boolean hiddenInput = name.equals("input")
                        && token.attribute("type").map(a -> a.value().equalsIgnoreCase("hidden")).orElse(false);
                if (!hiddenInput && top.isHtml() && TABLE_CONTEXT.contains(top.name)) {
                    edits.fosterParent(top, token.range(), name);
                }
                inBody(token, name);
            }
        }
    }

    private void inTableBody(MarkupToken token, String name) {
        switch (name) {
            case "tr" -> {
                open.clearBackTo(TABLE_SECTIONS);
                edits.push(token, name);
            }
            case "td", "th" -> {
                open.clearBackTo(TABLE_SECTIONS);
                edits.pushImplied("tr", token);
                dispatchStart(token, name);
            }
            case "caption", "col", "colgroup", "tbody", "tfoot", "thead" -> {
                open.clearBackTo(TABLE_SECTIONS);
                if (open.topIsAny(TABLE_SECTIONS)) {
                    open.pop();
                    dispatchStart(token, name);
                }
            }
            default -> inTable(token, name);
        }
    }

    private void inRow(MarkupToken token, String name) {
        switch (name) {
            case "td", "th" -> {
                open.clearBackTo(Set.of("tr"));
                edits.push(token, name);
            }
            case "caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr" -> {
                open.clearBackTo(Set.of("tr"));
                if (open.topIs("tr")) {
                    open.pop();
                    dispatchStart(token, name);
                }
            }
            default -> inTable(token, name);
        }
    }

    private void inBody(MarkupToken token, String name) {
        if (HEADINGS.contains(name)) {
            closeParagraph(token, name, true);
            OpenElement top = open.top();
            if (top != null && top.isHtml() && HEADINGS.contains(top.name)) {
                edits.closesImplicitly(Kind.HEADING_CLOSES_HEADING, token, name, top);
                open.pop();
            }
            edits.push(token, name);
            return;
        }
        switch (name) {
            case "li" -> startListItem(token, name, Set.of("li"));
            case "dd", "dt" -> startListItem(token, name, Set.of("dd", "dt"));
            case "a", "nobr" -> {
                OpenElement outer = name.equals("a") ? open.formattingElement(name)
                        : open.inScope(name, Scope.DEFAULT);
                if (outer != null) {
                    edits.closesImplicitly(Kind.NESTED_CLOSES_OUTER, token, name, outer);
                    open.remove(outer);
                }
                edits.push(token, name);
            }
            case "button" -> {
                OpenElement outer = open.inScope("button", Scope.DEFAULT);
                if (outer != null) {
                    edits.closesImplicitly(Kind.NESTED_CLOSES_OUTER, token, name, outer);
                    open.popThrough(outer);
                }
                edits.push(token, name);
            }
            case "form" -> {
                OpenElement outer = open.anyOpen("template") ? null : open.topmost(e -> e.isHtml("form"));
                if (outer != null) {
                    edits.report(HtmlDefect.of(Kind.NESTED_FORM, token.range(), name, outer));
                    return;
                }
                closeParagraph(token, name, true);
                edits.push(token, name);
            }
            case "table" -> {
                if (!outline.quirks()) {
                    closeParagraph(token, name, true);
                }
                edits.push(token, name);
            }
            case "option" -> {
                open.popIfTop("option");
                edits.push(token, name);
            }
            case "optgroup" -> {
                open.popIfTop("option");
                if (open.inScope("select", Scope.DEFAULT) != null) {
                    open.popIfTop("optgroup");
                }
                edits.push(token, name);
            }
            case "rb", "rtc", "rp", "rt" -> {
                if (open.inScope("ruby", Scope.DEFAULT) != null) {
                    open.generateImpliedEndTags(name.equals("rt") || name.equals("rp") ? "rtc" : "");
                }
                edits.push(token, name);
            }
            case "svg" -> edits.pushForeign(token, name, Namespace.SVG);
            case "math" -> edits.pushForeign(token, name, Namespace.MATHML);
            default -> {
                if (TABLE_PARTS.contains(name)) {
                    // Outside a table a browser drops table parts, keeping only their content.
                    edits.report(HtmlDefect.of(Kind.TABLE_PART_OUTSIDE_TABLE, token.range(), name));
                    if (!VOID.contains(name)) {
                        edits.ignoreStartTag(name);
                    }
                    return;
                }
                if (CLOSES_PARAGRAPH.contains(name)) {
                    closeParagraph(token, name, true);
                }
                edits.pushUnlessVoid(token, name);
            }
        }
    }

    /** {@code <li>}, {@code <dd>} and {@code <dt>} close the previous item of their list. */
    private void startListItem(MarkupToken token, String name, Set<String> items) {
        boolean anyItemOpen = items.stream().anyMatch(open::anyOpen);
        OpenElement stop = anyItemOpen ? open.topmost(e -> e.isHtml() ? items.contains(e.name)
                || ElementCategories.SPECIAL.contains(e.name) && !Set.of("address", "div", "p").contains(e.name)
                : ElementCategories.FOREIGN_SCOPE_BOUNDARY.contains(e.name)) : null;
        if (stop != null && items.contains(stop.name)) {
            edits.closeThrough(stop, token, Kind.START_TAG_CLOSES_OPEN);
            edits.rememberImplicitClose(stop, token);
        }
        closeParagraph(token, name, false);
        edits.push(token, name);
    }

    /**
     * Closes an open paragraph before a block, as a browser does. A paragraph with nothing in it is the sign of a
     * template that wrapped a block in {@code <p>}; one with text may legitimately omit its end tag.
     */
    private void closeParagraph(MarkupToken token, String name, boolean reportEmpty) {
        OpenElement paragraph = open.inScope("p", Scope.BUTTON);
        if (paragraph == null) {
            return;
        }
        if (reportEmpty && !paragraph.hasContent && !paragraph.reported) {
            edits.report(HtmlDefect.of(Kind.BLOCK_CLOSES_PARAGRAPH, token.range(), name, paragraph));
        }
        edits.closeThrough(paragraph, token, Kind.START_TAG_CLOSES_OPEN);
        edits.rememberImplicitClose(paragraph, token);
    }

    private void foreignStartTag(MarkupToken token, String name) {
        boolean fontWithStyle = name.equals("font") && (token.attribute("color").isPresent()
                || token.attribute("face").isPresent() || token.attribute("size").isPresent());
        if (!ElementCategories.FOREIGN_BREAKOUT.contains(name) && !fontWithStyle) {
            Namespace namespace = name.equals("svg") ? Namespace.SVG
                    : name.equals("math") ? Namespace.MATHML : open.top().namespace;
            edits.pushForeign(token, name, namespace);
            return;
        }
        OpenElement root = null;
        while (!open.isEmpty() && !open.top().isHtml() && !isIntegrationPoint(open.top())) {
            root = open.pop();
            edits.rememberImplicitClose(root, token);
        }
        if (root != null) {
            edits.report(HtmlDefect.of(Kind.FOREIGN_BREAKOUT, token.range(), name, root));
        }
        dispatchStart(token, name);
    }

    // ---- end tags

    private void endTag(MarkupToken token) {
        String name = token.name();
        if (outline.documentEndTag(token)) {
            return;
        }
        OpenElement top = open.top();
        if (top != null && !top.isHtml()) {
            // In SVG and MathML an end tag closes the nearest foreign element of its name.
            OpenElement match = open.topmost(e -> e.isHtml() || e.name.equals(name));
            if (match == null) {
                edits.strayEndTag(token);
                return;
            }
            if (!match.isHtml()) {
                edits.closeThrough(match, token, Kind.MISMATCHED_END_TAG);
                return;
            }
        }
        dispatchEnd(token, name);
    }

    private void dispatchEnd(MarkupToken token, String name) {
        OpenElement modeElement = open.isEmpty() ? null : open.top().modeElement;
        String mode = modeElement == null ? "" : modeElement.name;
        switch (mode) {
            case "table", "tbody", "thead", "tfoot", "tr" -> endInTable(token, name);
            case "td", "th", "caption" -> endInCellOrCaption(token, name, modeElement);
            case "colgroup" -> {
                if (name.equals("col")) {
                    inBodyEnd(token, name);
                    return;
                }
                open.popThrough(modeElement);
                if (!name.equals("colgroup")) {
                    dispatchEnd(token, name);
                }
            }
            case "select" -> endInSelect(token, name, modeElement);
            default -> inBodyEnd(token, name);
        }
    }

    private void endInTable(MarkupToken token, String name) {
        switch (name) {
            case "table", "tbody", "thead", "tfoot", "tr" -> {
                OpenElement element = open.inScope(name, Scope.TABLE);
                if (element == null) {
                    edits.strayEndTag(token);
                } else {
                    open.popThrough(element);
                }
            }
            case "caption", "col", "colgroup", "td", "th" -> edits.strayEndTag(token);
            default -> inBodyEnd(token, name);
        }
    }

    private void endInCellOrCaption(MarkupToken token, String name, OpenElement container) {
        if (name.equals(container.name) || name.equals("td") && container.name.equals("th")
                || name.equals("th") && container.name.equals("td")) {
            OpenElement element = open.inScope(name, Scope.TABLE);
            if (element == null) {
                edits.strayEndTag(token);
            } else {
                edits.closeThrough(element, token, Kind.MISMATCHED_END_TAG);
            }
        } else if (Set.of("table", "tbody", "tfoot", "thead", "tr").contains(name)) {
            boolean reachable = open.inScope(name, Scope.TABLE) != null
                    && !(container.name.equals("caption") && !name.equals("table"));
            if (reachable) {
                edits.closeThrough(container, token, Kind.MISMATCHED_END_TAG);
                dispatchEnd(token, name);
            } else {
                edits.strayEndTag(token);
            }
        } else if (TABLE_PARTS.contains(name)) {
            edits.strayEndTag(token);
        } else {
            inBodyEnd(token, name);
        }
    }

    private void endInSelect(MarkupToken token, String name, OpenElement select) {
        switch (name) {
            case "select" -> open.popThrough(select);
            case "option" -> {
                if (!open.popIfTop("option")) {
                    edits.strayEndTag(token);
                }
            }
            case "optgroup" -> {
                open.popIfTop("option");
                if (!open.popIfTop("optgroup")) {
                    edits.strayEndTag(token);
                }
            }
            default -> inBodyEnd(token, name);
        }
    }

    private void inBodyEnd(MarkupToken token, String name) {
        if (VOID.contains(name)) {
            edits.report(HtmlDefect.of(Kind.VOID_END_TAG, token.range(), name));
        } else if (name.equals("p")) {
            closeInScope(token, name, Scope.BUTTON);
        } else if (name.equals("li")) {
            closeInScope(token, name, Scope.LIST_ITEM);
        } else if (HEADINGS.contains(name)) {
            endHeading(token, name);
        } else if (name.equals("template")) {
            OpenElement template = open.topmost(e -> e.isHtml("template"));
            if (template == null) {
                edits.strayEndTag(token);
            } else {
                edits.closeThrough(template, token, Kind.MISMATCHED_END_TAG);
            }
        } else if (ElementCategories.FORMATTING.contains(name)) {
            endFormatting(token, name);
        } else if (ElementCategories.BLOCK_END.contains(name) || Set.of("dd", "dt", "applet", "marquee", "object")
                .contains(name)) {
            closeInScope(token, name, Scope.DEFAULT);
        } else {
            endOther(token, name);
        }
    }

    /** An end tag that closes the element of its name in scope, and everything left open inside it. */
    private void closeInScope(MarkupToken token, String name, Scope scope) {
        OpenElement element = open.inScope(name, scope);
        if (element != null) {
            edits.closeThrough(element, token, Kind.MISMATCHED_END_TAG);
            return;
        }
        OpenElement unreachable = open.topmost(e -> e.isHtml(name));
        if (unreachable == null) {
            edits.strayEndTag(token);
            return;
        }
        outOfScope(token, unreachable, scope);
    }

    /** An end tag whose element is open but behind a table, cell or similar boundary it cannot close through. */
    private void outOfScope(MarkupToken token, OpenElement unreachable, Scope scope) {
        OpenElement boundary = open.topmost(e -> OpenElements.isBoundary(e, scope));
        if (boundary == null) {
            edits.strayEndTag(token);
            return;
        }
        edits.report(HtmlDefect.of(Kind.STRAY_END_TAG_OUT_OF_SCOPE, token.range(), token.name(), unreachable,
                boundary.toStart()));
        // A browser leaves it open; the finding explains that, so it is not reported again as unclosed.
        unreachable.reported = true;
    }

    /** Any heading end tag closes the open heading, whatever its level. */
    private void endHeading(MarkupToken token, String name) {
        boolean anyHeadingOpen = HEADINGS.stream().anyMatch(open::anyOpen);
        OpenElement heading = anyHeadingOpen
                ? open.inScope(e -> e.isHtml() && HEADINGS.contains(e.name), Scope.DEFAULT) : null;
        if (heading == null) {
            edits.strayEndTag(token);
            return;
        }
        OpenElement unclosed = open.innermostUnclosed(heading);
        if (unclosed == null && !heading.name.equals(name)) {
            unclosed = heading;
        }
        if (unclosed != null) {
            edits.report(HtmlDefect.of(Kind.MISMATCHED_END_TAG, token.range(), name, unclosed));
        }
        open.popThrough(heading);
    }

    /** The end of a formatting element, where a browser runs the adoption agency algorithm on misnested tags. */
    private void endFormatting(MarkupToken token, String name) {
        OpenElement element = open.formattingElement(name);
        if (element == null) {
            endOther(token, name);
            return;
        }
        if (open.inScope(e -> e == element, Scope.DEFAULT) == null) {
            outOfScope(token, element, Scope.DEFAULT);
            return;
        }
        if (open.top() == element) {
            open.pop();
            return;
        }
        // Whatever is still open inside stays open (a browser reopens it), so only the misnested element ends.
        OpenElement inside = open.above(element).stream().filter(e -> !e.reported).findFirst().orElse(null);
        if (inside != null) {
            edits.report(HtmlDefect.of(Kind.MISNESTED_FORMATTING, token.range(), name, inside, element.toStart()));
        }
        open.remove(element);
    }

    /** The end tag of an ordinary element: it cannot close through a block or other special element. */
    private void endOther(MarkupToken token, String name) {
        if (!open.anyOpen(name)) {
            edits.strayEndTag(token);
            return;
        }
        OpenElement stop = open.topmost(e -> e.isHtml(name)
                || ElementCategories.SPECIAL.contains(e.name) && e.isHtml()
                || !e.isHtml() && ElementCategories.FOREIGN_SCOPE_BOUNDARY.contains(e.name));
        if (stop != null && stop.isHtml(name)) {
            edits.closeThrough(stop, token, Kind.MISMATCHED_END_TAG);
            return;
        }
        OpenElement target = open.topmost(e -> e.isHtml(name));
        if (stop == null || target == null) {
            edits.strayEndTag(token);
            return;
        }
        edits.report(HtmlDefect.of(Kind.IGNORED_END_TAG, token.range(), name, stop, target.toStart()));
        target.reported = true;
    }

    // ---- document level

    private static boolean integrationPointAllowsHtml(OpenElement top, String name) {
        if (top.namespace == Namespace.SVG) {
            return ElementCategories.SVG_HTML_INTEGRATION.contains(top.name);
        }
        return ElementCategories.MATHML_TEXT_INTEGRATION.contains(top.name)
                && !name.equals("mglyph") && !name.equals("malignmark");
    }

    private static boolean isIntegrationPoint(OpenElement element) {
        return element.namespace == Namespace.SVG && ElementCategories.SVG_HTML_INTEGRATION.contains(element.name)
                || element.namespace == Namespace.MATHML
                && ElementCategories.MATHML_TEXT_INTEGRATION.contains(element.name);
    }

    private static boolean isHtmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
