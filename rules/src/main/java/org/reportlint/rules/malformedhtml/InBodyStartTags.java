package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.CLOSES_PARAGRAPH;
import static org.reportlint.rules.malformedhtml.ElementCategories.HEADINGS;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_PARTS;
import static org.reportlint.rules.malformedhtml.ElementCategories.VOID;

import java.util.Set;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElement.Namespace;
import org.reportlint.rules.malformedhtml.OpenElements.Scope;

/** Processes a start tag in ordinary content, the "in body" insertion mode that the other modes fall back to. */
final class InBodyStartTags {
    /** Special elements a list item's search for the previous item passes through, as the spec says. */
    private static final Set<String> SPECIAL_BUT_ITEM_SIBLINGS = Set.of("address", "div", "p");
    private final TreeEdits edits;
    private final OpenElements open;
    private final DocumentOutline outline;

    InBodyStartTags(TreeEdits edits, DocumentOutline outline) {
        this.edits = edits;
        this.open = edits.open();
        this.outline = outline;
    }

    void startTag(MarkupToken token, String name) {
        if (HEADINGS.contains(name)) {
            startHeading(token, name);
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
                // In quirks mode, which old doctypes and none at all select, a table stays inside the paragraph.
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
            default -> startOther(token, name);
        }
    }

    /** A heading closes an open paragraph and an open heading of any level. */
    private void startHeading(MarkupToken token, String name) {
        closeParagraph(token, name, true);
        OpenElement top = open.top();
        if (top != null && top.isHtml() && HEADINGS.contains(top.name)) {
            edits.closesImplicitly(Kind.HEADING_CLOSES_HEADING, token, name, top);
            open.pop();
        }
        edits.push(token, name);
    }

    /** Any other start tag: table parts are dropped outside a table, and blocks close an open paragraph. */
    private void startOther(MarkupToken token, String name) {
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

    /** {@code <li>}, {@code <dd>} and {@code <dt>} close the previous item of their list. */
    private void startListItem(MarkupToken token, String name, Set<String> items) {
        boolean anyItemOpen = open.anyOpen(items);
        OpenElement stop = anyItemOpen ? open.topmost(e -> e.isHtml() ? items.contains(e.name)
                || ElementCategories.SPECIAL.contains(e.name) && !SPECIAL_BUT_ITEM_SIBLINGS.contains(e.name)
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
}
