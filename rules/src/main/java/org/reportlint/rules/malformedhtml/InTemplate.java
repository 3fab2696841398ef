package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.TABLE_PARTS;

import org.reportlint.core.document.MarkupToken;

/** Processes start tags inside a {@code template}, whose content may begin with table parts outside any table. */
final class InTemplate {
    private final TreeEdits edits;
    private final OpenElements open;
    private final InBodyStartTags bodyStart;

    InTemplate(TreeEdits edits, InBodyStartTags bodyStart) {
        this.edits = edits;
        this.open = edits.open();
        this.bodyStart = bodyStart;
    }

    void startTag(MarkupToken token, String name, OpenElement template) {
        if (open.top() == template && TABLE_PARTS.contains(name)) {
            edits.pushUnlessVoid(token, name);
        } else {
            bodyStart.startTag(token, name);
        }
    }
}
