package org.reportlint.rules.malformedhtml;

import org.reportlint.core.document.MarkupToken;

/** Hands each tag to the insertion mode that the open elements select, or to foreign content inside SVG or MathML. */
final class InsertionModes {
    private final OpenElements open;
    private final ForeignContent foreign;
    private final InBodyStartTags bodyStart;
    private final InBodyEndTags bodyEnd;
    private final InTable table;
    private final InCellOrCaption cell;
    private final InColumnGroup columnGroup;
    private final InTemplate template;
    private final InSelect select;

    InsertionModes(TreeEdits edits, DocumentOutline outline) {
        this.open = edits.open();
        this.foreign = new ForeignContent(edits);
        this.bodyStart = new InBodyStartTags(edits, outline);
        this.bodyEnd = new InBodyEndTags(edits);
        // The table modes send a tag back here after closing or implying an element, as a browser reprocesses it.
        this.table = new InTable(edits, this, bodyStart, bodyEnd);
        this.cell = new InCellOrCaption(edits, this, bodyStart, bodyEnd);
        this.columnGroup = new InColumnGroup(open, this, bodyStart, bodyEnd);
        this.template = new InTemplate(edits, bodyStart);
        this.select = new InSelect(edits, bodyStart, bodyEnd);
    }

    /** Processes a start tag other than {@code html}, {@code head} and {@code body}. */
    void startTag(MarkupToken token, String name) {
        if (foreign.takesStartTag(name) && foreign.startTag(token, name)) {
            return;
        }
        startTagInMode(token, name);
    }

    /** Processes an end tag other than {@code html}, {@code head} and {@code body}. */
    void endTag(MarkupToken token) {
        if (foreign.endTag(token)) {
            return;
        }
        endTagInMode(token, token.name());
    }

    /** Processes a start tag in the insertion mode that the nearest table part, template or select sets. */
    void startTagInMode(MarkupToken token, String name) {
        OpenElement modeElement = modeElement();
        String mode = modeElement == null ? "" : modeElement.name;
        switch (mode) {
            case "table" -> table.startTagInTable(token, name);
            case "tbody", "thead", "tfoot" -> table.startTagInTableBody(token, name);
            case "tr" -> table.startTagInRow(token, name);
            case "td", "th", "caption" -> cell.startTag(token, name, modeElement);
            case "colgroup" -> columnGroup.startTag(token, name, modeElement);
            case "template" -> template.startTag(token, name, modeElement);
            case "select" -> select.startTag(token, name);
            default -> bodyStart.startTag(token, name);
        }
    }

    /** Processes an end tag in the insertion mode that the nearest table part or select sets. */
    void endTagInMode(MarkupToken token, String name) {
        OpenElement modeElement = modeElement();
        String mode = modeElement == null ? "" : modeElement.name;
        switch (mode) {
            case "table", "tbody", "thead", "tfoot", "tr" -> table.endTag(token, name);
            case "td", "th", "caption" -> cell.endTag(token, name, modeElement);
            case "colgroup" -> columnGroup.endTag(token, name, modeElement);
            case "select" -> select.endTag(token, name, modeElement);
            default -> bodyEnd.endTag(token, name);
        }
    }

    private OpenElement modeElement() {
        return open.isEmpty() ? null : open.top().modeElement;
    }
}
