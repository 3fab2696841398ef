package org.reportlint.rules.malformedhtml;

import static org.reportlint.rules.malformedhtml.ElementCategories.VOID;

import java.util.List;
import org.reportlint.core.document.MarkupToken;
import org.reportlint.core.source.TextRange;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElement.Namespace;

/** The changes to the open elements that every insertion mode makes, each recording the defect it reveals. */
final class TreeEdits {
    private final OpenElements open;
    private final List<HtmlDefect> defects;
    private final StrayEndTags strays = new StrayEndTags();

    TreeEdits(OpenElements open, List<HtmlDefect> defects) {
        this.open = open;
        this.defects = defects;
    }

    OpenElements open() {
        return open;
    }

    void report(HtmlDefect defect) {
        defects.add(defect);
    }

    void push(MarkupToken token, String name) {
        OpenElement element = new OpenElement(name, Namespace.HTML, token.range(), false, open.top());
        if (token.selfClosing()) {
            // "<div/>" is "<div>" in HTML: the element stays open.
            defects.add(HtmlDefect.of(Kind.SELF_CLOSING_NON_VOID, token.range(), name, element));
            element.reported = true;
        }
        open.push(element);
    }

    void pushUnlessVoid(MarkupToken token, String name) {
        if (VOID.contains(name)) {
            open.markTopHasContent();
        } else {
            push(token, name);
        }
    }

    /** Opens an element the browser inserts on its own, such as {@code tbody} before a {@code tr}. */
    void pushImplied(String name, MarkupToken cause) {
        open.push(new OpenElement(name, Namespace.HTML, cause.range(), true, open.top()));
    }

    /** Opens an SVG or MathML element, where a self-closing tag really is empty. */
    void pushForeign(MarkupToken token, String name, Namespace namespace) {
        if (token.selfClosing()) {
            open.markTopHasContent();
            return;
        }
        open.push(new OpenElement(name, namespace, token.range(), false, open.top()));
    }

    /**
     * Pops elements up to and including the target, reporting the innermost one left unclosed inside it. When an end
     * tag closes it, the defect is the element left open, reported where it was opened: the end tag itself is fine.
     */
    void closeThrough(OpenElement target, MarkupToken token, Kind kind) {
        OpenElement unclosed = open.innermostUnclosed(target);
        if (unclosed != null && kind == Kind.UNCLOSED_BEFORE_END_TAG) {
            defects.add(HtmlDefect.of(kind, unclosed.start, unclosed.name, unclosed,
                    new ElementStart(token.name(), token.range())));
        } else if (unclosed != null) {
            defects.add(HtmlDefect.of(kind, token.range(), token.name(), unclosed));
        }
        open.popThrough(target);
    }

    /** Reports a start tag that closes an open element implicitly; the caller pops it. */
    void closesImplicitly(Kind kind, MarkupToken token, String name, OpenElement element) {
        defects.add(HtmlDefect.of(kind, token.range(), name, element));
        rememberImplicitClose(element, token);
    }

    /** Remembers an implicit close so that the element's own end tag, when it comes, is explained. */
    void rememberImplicitClose(OpenElement element, MarkupToken closer) {
        strays.closedImplicitly(element, closer);
    }

    /** Notes a start tag the browser ignores; its end tag is then no second finding. */
    void ignoreStartTag(String name) {
        strays.startTagIgnored(name);
    }

    /** An end tag with nothing to close, explained by an earlier implicit close where there was one. */
    void strayEndTag(MarkupToken token) {
        strays.defect(token, open.top()).ifPresent(defects::add);
    }

    /** Reports content moved out of a table; only the first per table, as the rest usually shares its cause. */
    void fosterParent(OpenElement tablePart, TextRange range, String name) {
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
}
