package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.HEADINGS;
import static org.reportlint.rules.malformedhtml.ElementCategories.VOID;

import java.util.Set;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElements.Scope;

/** Processes an end tag in ordinary content, the "in body" insertion mode that the other modes fall back to. */
final class InBodyEndTags {
    private final TreeEdits edits;
    private final OpenElements open;

    InBodyEndTags(TreeEdits edits) {
        this.edits = edits;
        this.open = edits.open();
    }

    void endTag(MarkupToken token, String name) {
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
                edits.closeThrough(template, token, Kind.UNCLOSED_BEFORE_END_TAG);
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
            edits.closeThrough(element, token, Kind.UNCLOSED_BEFORE_END_TAG);
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
        OpenElement boundary = open.nearestBoundary(scope);
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
        boolean anyHeadingOpen = open.anyOpen(HEADINGS);
        OpenElement heading = anyHeadingOpen
                ? open.inScope(e -> e.isHtml() && HEADINGS.contains(e.name), Scope.DEFAULT) : null;
        if (heading == null) {
            edits.strayEndTag(token);
            return;
        }
        if (open.innermostUnclosed(heading) == null && !heading.name.equals(name)) {
            edits.report(HtmlDefect.of(Kind.MISMATCHED_END_TAG, token.range(), name, heading));
            open.popThrough(heading);
        } else {
            edits.closeThrough(heading, token, Kind.UNCLOSED_BEFORE_END_TAG);
        }
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
            edits.closeThrough(stop, token, Kind.UNCLOSED_BEFORE_END_TAG);
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
}
