package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_CONTEXT;
import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_SECTIONS;

import java.util.Set;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElements.Scope;

/** Processes tags inside a table but outside any cell: the "in table", "in table body" and "in row" modes. */
final class InTable {
    private final TreeEdits edits;
    private final OpenElements open;
    private final InsertionModes modes;
    private final InBodyStartTags bodyStart;
    private final InBodyEndTags bodyEnd;

    InTable(TreeEdits edits, InsertionModes modes, InBodyStartTags bodyStart, InBodyEndTags bodyEnd) {
        this.edits = edits;
        this.open = edits.open();
        this.modes = modes;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
    }

    /** A start tag directly in a table, where a row or column implies the section that holds it. */
    void startTagInTable(MarkupToken token, String name) {
        switch (name) {
            case "caption", "colgroup", "tbody", "thead", "tfoot" -> {
                open.clearBackTo(Set.of("table"));
                edits.push(token, name);
            }
            case "col" -> {
                open.clearBackTo(Set.of("table"));
                edits.pushImplied("colgroup", token);
                modes.startTagInMode(token, name);
            }
            case "tr", "td", "th" -> {
                open.clearBackTo(Set.of("table"));
                edits.pushImplied("tbody", token);
                modes.startTagInMode(token, name);
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
                modes.startTagInMode(token, name);
            }
            case "style", "script", "template" -> bodyStart.startTag(token, name);
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
                bodyStart.startTag(token, name);
            }
        }
    }

    /** A start tag in {@code tbody}, {@code thead} or {@code tfoot}, where a cell implies its row. */
    void startTagInTableBody(MarkupToken token, String name) {
        switch (name) {
            case "tr" -> {
                open.clearBackTo(TABLE_SECTIONS);
                edits.push(token, name);
            }
            case "td", "th" -> {
                open.clearBackTo(TABLE_SECTIONS);
                edits.pushImplied("tr", token);
                modes.startTagInMode(token, name);
            }
            case "caption", "col", "colgroup", "tbody", "tfoot", "thead" -> {
                open.clearBackTo(TABLE_SECTIONS);
                if (open.topIsAny(TABLE_SECTIONS)) {
                    open.pop();
                    modes.startTagInMode(token, name);
                }
            }
            default -> startTagInTable(token, name);
        }
    }

    /** A start tag in a row but outside its cells. */
    void startTagInRow(MarkupToken token, String name) {
        switch (name) {
            case "td", "th" -> {
                open.clearBackTo(Set.of("tr"));
                edits.push(token, name);
            }
            case "caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr" -> {
                open.clearBackTo(Set.of("tr"));
                if (open.topIs("tr")) {
                    open.pop();
                    modes.startTagInMode(token, name);
                }
            }
            default -> startTagInTable(token, name);
        }
    }

    /** An end tag in a table, section or row: table structure closes silently, a cell end tag is stray. */
    void endTag(MarkupToken token, String name) {
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
            default -> bodyEnd.endTag(token, name);
        }
    }
}
