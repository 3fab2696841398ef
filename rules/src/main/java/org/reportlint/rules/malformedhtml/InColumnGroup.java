package org.reportlint.rules.malformedhtml;

import org.reportlint.core.document.MarkupToken;

/** Processes tags inside a {@code colgroup}, which holds only columns and closes silently before anything else. */
final class InColumnGroup {
    private final OpenElements open;
    private final InsertionModes modes;
    private final InBodyStartTags bodyStart;
    private final InBodyEndTags bodyEnd;

    InColumnGroup(OpenElements open, InsertionModes modes, InBodyStartTags bodyStart, InBodyEndTags bodyEnd) {
        this.open = open;
        this.modes = modes;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
    }

    void startTag(MarkupToken token, String name, OpenElement colgroup) {
        if (name.equals("col")) {
            open.top().hasContent = true;
        } else if (name.equals("template")) {
            bodyStart.startTag(token, name);
        } else {
            open.popThrough(colgroup);
            modes.startTagInMode(token, name);
        }
    }

    void endTag(MarkupToken token, String name, OpenElement colgroup) {
        if (name.equals("col")) {
            bodyEnd.endTag(token, name);
            return;
        }
        open.popThrough(colgroup);
        if (!name.equals("colgroup")) {
            modes.endTagInMode(token, name);
        }
    }
}
