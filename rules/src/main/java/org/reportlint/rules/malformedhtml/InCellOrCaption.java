package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_PARTS;

import java.util.Set;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElements.Scope;

/** Processes tags inside a table cell or caption, where content is ordinary until table structure comes. */
final class InCellOrCaption {
    private final TreeEdits edits;
    private final OpenElements open;
    private final InsertionModes modes;
    private final InBodyStartTags bodyStart;
    private final InBodyEndTags bodyEnd;

    InCellOrCaption(TreeEdits edits, InsertionModes modes, InBodyStartTags bodyStart, InBodyEndTags bodyEnd) {
        this.edits = edits;
        this.open = edits.open();
        this.modes = modes;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
    }

    /** A table part closes the cell or caption, reporting what was left unclosed in it, and starts anew. */
    void startTag(MarkupToken token, String name, OpenElement container) {
        if (TABLE_PARTS.contains(name)) {
            edits.closeThrough(container, token, Kind.START_TAG_CLOSES_OPEN);
            modes.startTagInMode(token, name);
        } else {
            bodyStart.startTag(token, name);
        }
    }

    void endTag(MarkupToken token, String name, OpenElement container) {
        if (name.equals(container.name) || name.equals("td") && container.name.equals("th")
                || name.equals("th") && container.name.equals("td")) {
            OpenElement element = open.inScope(name, Scope.TABLE);
            if (element == null) {
                edits.strayEndTag(token);
            } else {
                edits.closeThrough(element, token, Kind.UNCLOSED_BEFORE_END_TAG);
            }
        } else if (Set.of("table", "tbody", "tfoot", "thead", "tr").contains(name)) {
            boolean reachable = open.inScope(name, Scope.TABLE) != null
                    && !(container.name.equals("caption") && !name.equals("table"));
            if (reachable) {
                edits.closeThrough(container, token, Kind.UNCLOSED_BEFORE_END_TAG);
                modes.endTagInMode(token, name);
            } else {
                edits.strayEndTag(token);
            }
        } else if (TABLE_PARTS.contains(name)) {
            edits.strayEndTag(token);
        } else {
            bodyEnd.endTag(token, name);
        }
    }
}
