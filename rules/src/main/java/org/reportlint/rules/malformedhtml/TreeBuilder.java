package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.CLOSES_PARAGRAPH;
import static org.reportlint.rules.malformedhtml.ElementCategories.HEADINGS;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_CONTEXT;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_PARTS;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_SECTIONS;
import static org.reportlint.rules.malformedhtml.ElementCategories.VOID;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** How many implicit closes are remembered to explain a later stray end tag; older ones are too far away. */
    private static final int REMEMBERED_IMPLICIT_CLOSES = 64;

    private final String source;
    private final OpenElements open = new OpenElements();
    private final List<HtmlDefect> defects = new ArrayList<>();
    /** Elements closed by a later tag, most recent first, so that their own end tag can be explained. */
    private final Deque<ImplicitClose> implicitCloses = new ArrayDeque<>();
    /** Start tags ignored with a finding, by name, whose matching end tag is then no second finding. */
    private final Map<String, Integer> ignoredStartTags = new HashMap<>();
    private final DocumentOutline outline = new DocumentOutline(defects);
    private int cdataEnd = -1;

    /** An element that a later tag closed before its own end tag came. */
    private record ImplicitClose(OpenElement element, ElementStart closer, OpenElement parent) {
    }

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
            fosterParent(top, new TextRange(first, last), "");
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
                defects.add(HtmlDefect.of(Kind.UNCLOSED_AT_END, element.start, element.name, element));
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
                    closeThrough(modeElement, token, Kind.START_TAG_CLOSES_OPEN);
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
                    pushUnlessVoid(token, name);
                } else {
                    inBody(token, name);
                }
            }
            case "select" -> {
                OpenElement outer = name.equals("select") ? open.inScope("select", Scope.DEFAULT) : null;
                if (outer != null) {
                    defects.add(HtmlDefect.of(Kind.NESTED_CLOSES_OUTER, token.range(), name, outer));
                    rememberImplicitClose(outer, token);
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
                push(token, name);
            }
            case "col" -> {
                open.clearBackTo(Set.of("table"));
                pushImplied("colgroup", token);
                dispatchStart(token, name);
            }
            case "tr", "td", "th" -> {
                open.clearBackTo(Set.of("table"));
                pushImplied("tbody", token);
                dispatchStart(token, name);
            }
            case "table" -> {
                OpenElement outer = open.inScope("table", Scope.TABLE);
                if (outer == null) {
                    // Table parts directly in a template: a browser ignores the nested table tag.
                    ignoredStartTags.merge(name, 1, Integer::sum);
                    return;
                }
                defects.add(HtmlDefect.of(Kind.NESTED_CLOSES_OUTER, token.range(), name, outer));
                rememberImplicitClose(outer, token);
                open.popThrough(outer);
                dispatchStart(token, name);
            }
            case "style", "script", "template" -> inBody(token, name);
            case "form" -> {
                // A browser inserts an empty form here and closes it at once; its end tag then closes nothing.
                ignoredStartTags.merge(name, 1, Integer::sum);
                open.top().hasContent = true;
            }
            default -> {
                OpenElement top = open.top();
                boolean hiddenInput = name.equals("input")
                        && token.attribute("type").map(a -> a.value().equalsIgnoreCase("hidden")).orElse(false);
                if (!hiddenInput && top.isHtml() && TABLE_CONTEXT.contains(top.name)) {
                    fosterParent(top, token.range(), name);
                }
                inBody(token, name);
            }
        }
    }

    private void inTableBody(MarkupToken token, String name) {
        switch (name) {
            case "tr" -> {
                open.clearBackTo(TABLE_SECTIONS);
                push(token, name);
            }
            case "td", "th" -> {
                open.clearBackTo(TABLE_SECTIONS);
                pushImplied("tr", token);
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
                push(token, name);
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
                defects.add(HtmlDefect.of(Kind.HEADING_CLOSES_HEADING, token.range(), name, top));
                rememberImplicitClose(top, token);
                open.pop();
            }
            push(token, name);
            return;
        }
        switch (name) {
            case "li" -> startListItem(token, name, Set.of("li"));
            case "dd", "dt" -> startListItem(token, name, Set.of("dd", "dt"));
            case "a", "nobr" -> {
                OpenElement outer = name.equals("a") ? open.formattingElement(name)
                        : open.inScope(name, Scope.DEFAULT);
                if (outer != null) {
                    defects.add(HtmlDefect.of(Kind.NESTED_CLOSES_OUTER, token.range(), name, outer));
                    rememberImplicitClose(outer, token);
                    open.remove(outer);
                }
                push(token, name);
            }
            case "button" -> {
                OpenElement outer = open.inScope("button", Scope.DEFAULT);
                if (outer != null) {
                    defects.add(HtmlDefect.of(Kind.NESTED_CLOSES_OUTER, token.range(), name, outer));
                    rememberImplicitClose(outer, token);
                    open.popThrough(outer);
                }
                push(token, name);
            }
            case "form" -> {
                OpenElement outer = open.anyOpen("template") ? null : open.topmost(e -> e.isHtml("form"));
                if (outer != null) {
                    defects.add(HtmlDefect.of(Kind.NESTED_FORM, token.range(), name, outer));
                    return;
                }
                closeParagraph(token, name, true);
                push(token, name);
            }
            case "table" -> {
                if (!outline.quirks()) {
                    closeParagraph(token, name, true);
                }
                push(token, name);
            }
            case "option" -> {
                open.popIfTop("option");
                push(token, name);
            }
            case "optgroup" -> {
                open.popIfTop("option");
                if (open.inScope("select", Scope.DEFAULT) != null) {
                    open.popIfTop("optgroup");
                }
                push(token, name);
            }
            case "rb", "rtc", "rp", "rt" -> {
                if (open.inScope("ruby", Scope.DEFAULT) != null) {
                    open.generateImpliedEndTags(name.equals("rt") || name.equals("rp") ? "rtc" : "");
                }
                push(token, name);
            }
            case "svg" -> pushForeign(token, name, Namespace.SVG);
            case "math" -> pushForeign(token, name, Namespace.MATHML);
            default -> {
                if (TABLE_PARTS.contains(name)) {
                    // Outside a table a browser drops table parts, keeping only their content.
                    defects.add(HtmlDefect.of(Kind.TABLE_PART_OUTSIDE_TABLE, token.range(), name));
                    if (!VOID.contains(name)) {
                        ignoredStartTags.merge(name, 1, Integer::sum);
                    }
                    return;
                }
                if (CLOSES_PARAGRAPH.contains(name)) {
                    closeParagraph(token, name, true);
                }
                pushUnlessVoid(token, name);
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
            closeThrough(stop, token, Kind.START_TAG_CLOSES_OPEN);
            rememberImplicitClose(stop, token);
        }
        closeParagraph(token, name, false);
        push(token, name);
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
            defects.add(HtmlDefect.of(Kind.BLOCK_CLOSES_PARAGRAPH, token.range(), name, paragraph));
        }
        closeThrough(paragraph, token, Kind.START_TAG_CLOSES_OPEN);
        rememberImplicitClose(paragraph, token);
    }

    private void foreignStartTag(MarkupToken token, String name) {
        boolean fontWithStyle = name.equals("font") && (token.attribute("color").isPresent()
                || token.attribute("face").isPresent() || token.attribute("size").isPresent());
        if (!ElementCategories.FOREIGN_BREAKOUT.contains(name) && !fontWithStyle) {
            Namespace namespace = name.equals("svg") ? Namespace.SVG
                    : name.equals("math") ? Namespace.MATHML : open.top().namespace;
            pushForeign(token, name, namespace);
            return;
        }
        OpenElement root = null;
        while (!open.isEmpty() && !open.top().isHtml() && !isIntegrationPoint(open.top())) {
            root = open.pop();
            rememberImplicitClose(root, token);
        }
        if (root != null) {
            defects.add(HtmlDefect.of(Kind.FOREIGN_BREAKOUT, token.range(), name, root));
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
                strayEndTag(token);
                return;
            }
            if (!match.isHtml()) {
                closeThrough(match, token, Kind.MISMATCHED_END_TAG);
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
                    strayEndTag(token);
                } else {
                    open.popThrough(element);
                }
            }
            case "caption", "col", "colgroup", "td", "th" -> strayEndTag(token);
            default -> inBodyEnd(token, name);
        }
    }

    private void endInCellOrCaption(MarkupToken token, String name, OpenElement container) {
        if (name.equals(container.name) || name.equals("td") && container.name.equals("th")
                || name.equals("th") && container.name.equals("td")) {
            OpenElement element = open.inScope(name, Scope.TABLE);
            if (element == null) {
                strayEndTag(token);
            } else {
                closeThrough(element, token, Kind.MISMATCHED_END_TAG);
            }
        } else if (Set.of("table", "tbody", "tfoot", "thead", "tr").contains(name)) {
            boolean reachable = open.inScope(name, Scope.TABLE) != null
                    && !(container.name.equals("caption") && !name.equals("table"));
            if (reachable) {
                closeThrough(container, token, Kind.MISMATCHED_END_TAG);
                dispatchEnd(token, name);
            } else {
                strayEndTag(token);
            }
        } else if (TABLE_PARTS.contains(name)) {
            strayEndTag(token);
        } else {
            inBodyEnd(token, name);
        }
    }

    private void endInSelect(MarkupToken token, String name, OpenElement select) {
        switch (name) {
            case "select" -> open.popThrough(select);
            case "option" -> {
                if (!open.popIfTop("option")) {
                    strayEndTag(token);
                }
            }
            case "optgroup" -> {
                open.popIfTop("option");
                if (!open.popIfTop("optgroup")) {
                    strayEndTag(token);
                }
            }
            default -> inBodyEnd(token, name);
        }
    }

    private void inBodyEnd(MarkupToken token, String name) {
        if (VOID.contains(name)) {
            defects.add(HtmlDefect.of(Kind.VOID_END_TAG, token.range(), name));
        } else if (name.equals("p")) {
            closeInScope(token, name, Scope.BUTTON);
        } else if (name.equals("li")) {
            closeInScope(token, name, Scope.LIST_ITEM);
        } else if (HEADINGS.contains(name)) {
            endHeading(token, name);
        } else if (name.equals("template")) {
            OpenElement template = open.topmost(e -> e.isHtml("template"));
            if (template == null) {
                strayEndTag(token);
            } else {
                closeThrough(template, token, Kind.MISMATCHED_END_TAG);
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
            closeThrough(element, token, Kind.MISMATCHED_END_TAG);
            return;
        }
        OpenElement unreachable = open.topmost(e -> e.isHtml(name));
        if (unreachable == null) {
            strayEndTag(token);
            return;
        }
        outOfScope(token, unreachable, scope);
    }

    /** An end tag whose element is open but behind a table, cell or similar boundary it cannot close through. */
    private void outOfScope(MarkupToken token, OpenElement unreachable, Scope scope) {
        OpenElement boundary = open.topmost(e -> OpenElements.isBoundary(e, scope));
        if (boundary == null) {
            strayEndTag(token);
            return;
        }
        defects.add(HtmlDefect.of(Kind.STRAY_END_TAG_OUT_OF_SCOPE, token.range(), token.name(), unreachable,
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
            strayEndTag(token);
            return;
        }
        OpenElement unclosed = open.innermostUnclosed(heading);
        if (unclosed == null && !heading.name.equals(name)) {
            unclosed = heading;
        }
        if (unclosed != null) {
            defects.add(HtmlDefect.of(Kind.MISMATCHED_END_TAG, token.range(), name, unclosed));
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
            defects.add(HtmlDefect.of(Kind.MISNESTED_FORMATTING, token.range(), name, inside, element.toStart()));
        }
        open.remove(element);
    }

    /** The end tag of an ordinary element: it cannot close through a block or other special element. */
    private void endOther(MarkupToken token, String name) {
        if (!open.anyOpen(name)) {
            strayEndTag(token);
            return;
        }
        OpenElement stop = open.topmost(e -> e.isHtml(name)
                || ElementCategories.SPECIAL.contains(e.name) && e.isHtml()
                || !e.isHtml() && ElementCategories.FOREIGN_SCOPE_BOUNDARY.contains(e.name));
        if (stop != null && stop.isHtml(name)) {
            closeThrough(stop, token, Kind.MISMATCHED_END_TAG);
            return;
        }
        OpenElement target = open.topmost(e -> e.isHtml(name));
        if (stop == null || target == null) {
            strayEndTag(token);
            return;
        }
        defects.add(HtmlDefect.of(Kind.IGNORED_END_TAG, token.range(), name, stop, target.toStart()));
        target.reported = true;
    }

    /** An end tag with nothing to close, explained by an earlier implicit close where there was one. */
    private void strayEndTag(MarkupToken token) {
        String name = token.name();
        OpenElement top = open.top();
        for (Iterator<ImplicitClose> it = implicitCloses.iterator(); it.hasNext(); ) {
            ImplicitClose closed = it.next();
            if (closed.element().name.equals(name) && closed.parent() == top) {
                it.remove();
                defects.add(HtmlDefect.of(Kind.STRAY_END_TAG_ALREADY_CLOSED, token.range(), name,
                        closed.element(), closed.closer()));
                return;
            }
        }
        Integer ignored = ignoredStartTags.get(name);
        if (ignored != null && ignored > 0) {
            ignoredStartTags.put(name, ignored - 1);
            return;
        }
        defects.add(HtmlDefect.of(Kind.STRAY_END_TAG, token.range(), name));
    }

    // ---- stack operations

    private void push(MarkupToken token, String name) {
        OpenElement element = new OpenElement(name, Namespace.HTML, token.range(), false, open.top());
        if (token.selfClosing()) {
            // "<div/>" is "<div>" in HTML: the element stays open.
            defects.add(HtmlDefect.of(Kind.SELF_CLOSING_NON_VOID, token.range(), name, element));
            element.reported = true;
        }
        open.push(element);
    }

    private void pushUnlessVoid(MarkupToken token, String name) {
        if (VOID.contains(name)) {
            open.markTopHasContent();
        } else {
            push(token, name);
        }
    }

    private void pushImplied(String name, MarkupToken cause) {
        open.push(new OpenElement(name, Namespace.HTML, cause.range(), true, open.top()));
    }

    private void pushForeign(MarkupToken token, String name, Namespace namespace) {
        if (token.selfClosing()) {
            open.markTopHasContent();
            return;
        }
        open.push(new OpenElement(name, namespace, token.range(), false, open.top()));
    }

    /** Pops elements up to and including the target, reporting the innermost one left unclosed inside it. */
    private void closeThrough(OpenElement target, MarkupToken token, Kind kind) {
        OpenElement unclosed = open.innermostUnclosed(target);
        if (unclosed != null) {
            defects.add(HtmlDefect.of(kind, token.range(), token.name(), unclosed));
        }
        open.popThrough(target);
    }

    private void fosterParent(OpenElement tablePart, TextRange range, String name) {
        OpenElement table = tablePart;
        while (table.parent != null && !table.isHtml("table")) {
            table = table.parent;
        }
        if (!table.fosterReported) {
            table.fosterReported = true;
            Kind kind = name.isEmpty() ? Kind.FOSTER_PARENTED_TEXT : Kind.FOSTER_PARENTED_ELEMENT;
            defects.add(HtmlDefect.of(kind, range, name, table));
        }
    }

    private void rememberImplicitClose(OpenElement element, MarkupToken closer) {
        implicitCloses.addFirst(new ImplicitClose(element, new ElementStart(closer.name(), closer.range()),
                element.parent));
        if (implicitCloses.size() > REMEMBERED_IMPLICIT_CLOSES) {
            implicitCloses.removeLast();
        }
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
