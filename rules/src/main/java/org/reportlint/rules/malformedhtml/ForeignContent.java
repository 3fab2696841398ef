package org.reportlint.rules.malformedhtml;

import org.reportlint.core.document.MarkupToken;
import org.reportlint.rules.malformedhtml.HtmlDefect.Kind;
import org.reportlint.rules.malformedhtml.OpenElement.Namespace;

/** Processes tags inside SVG and MathML, where tags nest as in XML until an HTML tag breaks out. */
final class ForeignContent {
    private final TreeEdits edits;
    private final OpenElements open;

    ForeignContent(TreeEdits edits) {
        this.edits = edits;
        this.open = edits.open();
    }

    /** Whether the start tag is foreign content: inside SVG or MathML and not at a point that allows HTML. */
    boolean takesStartTag(String name) {
        OpenElement top = open.top();
        return top != null && !top.isHtml() && !integrationPointAllowsHtml(top, name);
    }

    /**
     * Opens a foreign element and returns true, or closes the foreign elements an HTML tag breaks out of and returns
     * false, leaving the tag to the HTML insertion modes.
     */
    boolean startTag(MarkupToken token, String name) {
        boolean fontWithStyle = name.equals("font") && (token.attribute("color").isPresent()
                || token.attribute("face").isPresent() || token.attribute("size").isPresent());
        if (!ElementCategories.FOREIGN_BREAKOUT.contains(name) && !fontWithStyle) {
            Namespace namespace = name.equals("svg") ? Namespace.SVG
                    : name.equals("math") ? Namespace.MATHML : open.top().namespace;
            edits.pushForeign(token, name, namespace);
            return true;
        }
        OpenElement root = null;
        while (!open.isEmpty() && !open.top().isHtml() && !isIntegrationPoint(open.top())) {
            root = open.pop();
            edits.rememberImplicitClose(root, token);
        }
        if (root != null) {
            edits.report(HtmlDefect.of(Kind.FOREIGN_BREAKOUT, token.range(), name, root));
        }
        return false;
    }

    /**
     * Closes the nearest foreign element of the end tag's name and returns true, or returns false when an HTML
     * element comes first and the HTML insertion modes decide.
     */
    boolean endTag(MarkupToken token) {
        OpenElement top = open.top();
        if (top == null || top.isHtml()) {
            return false;
        }
        String name = token.name();
        OpenElement match = open.topmost(e -> e.isHtml() || e.name.equals(name));
        if (match == null) {
            edits.strayEndTag(token);
            return true;
        }
        if (!match.isHtml()) {
            edits.closeThrough(match, token, Kind.UNCLOSED_BEFORE_END_TAG);
            return true;
        }
        return false;
    }

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
}
