package org.reportlint.rules.malformedhtml;

import org.reportlint.core.document.MarkupToken;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElements.Scope;

/** Processes tags inside a {@code select}, where options close each other and a nested select closes the outer. */
final class InSelect {
    private final TreeEdits edits;
    private final OpenElements open;
    private final InBodyStartTags bodyStart;
    private final InBodyEndTags bodyEnd;

    InSelect(TreeEdits edits, InBodyStartTags bodyStart, InBodyEndTags bodyEnd) {
        this.edits = edits;
        this.open = edits.open();
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
    }

    void startTag(MarkupToken token, String name) {
        OpenElement outer = name.equals("select") ? open.inScope("select", Scope.DEFAULT) : null;
        if (outer != null) {
            edits.closesImplicitly(Kind.NESTED_CLOSES_OUTER, token, name, outer);
            open.popThrough(outer);
        } else {
            bodyStart.startTag(token, name);
        }
    }

    void endTag(MarkupToken token, String name, OpenElement select) {
        switch (name) {
            case "select" -> open.popThrough(select);
            case "option" -> {
                // An element left open inside the option is the defect, not the option's own end tag.
                OpenElement option = open.topmost(e -> e.isHtml("option") || e == select);
                if (option != null && option != select) {
                    edits.closeThrough(option, token, Kind.UNCLOSED_BEFORE_END_TAG);
                } else {
                    edits.strayEndTag(token);
                }
            }
            case "optgroup" -> {
                open.popIfTop("option");
                if (!open.popIfTop("optgroup")) {
                    edits.strayEndTag(token);
                }
            }
            default -> bodyEnd.endTag(token, name);
        }
    }
}
