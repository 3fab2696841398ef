package org.reportlint.rules.malformedhtml;

import org.reportlint.core.source.TextRange;

/**
 * One element on the tree builder's stack of open elements, with the few facts the defects need.
 *
 * <p>Mutable on purpose and confined to one {@link TreeBuilder} run.
 */
final class OpenElement {
    /** The markup language an element belongs to; SVG and MathML follow XML-like rules. */
    enum Namespace { HTML, SVG, MATHML }

    final String name;
    final Namespace namespace;
    /** The start tag, or for an element the browser inserted itself, the tag that made it do so. */
    final TextRange start;
    /** Whether the browser inserted the element without a start tag, such as {@code tbody} before a {@code tr}. */
    final boolean implied;
    /** The element below this one on the stack when it was opened; null at the top level. */
    final OpenElement parent;
    /** The nearest table, cell, template or select element at or above this one: it decides the insertion mode. */
    final OpenElement modeElement;
    /** Whether any text or element has been put inside. */
    boolean hasContent;
    /** Whether a finding already covers this element, so that it is not reported again as unclosed. */
    boolean reported;
    /** Whether content was already reported as moved out of this table element. */
    boolean fosterReported;
    boolean open = true;

    OpenElement(String name, Namespace namespace, TextRange start, boolean implied, OpenElement parent) {
        this.name = name;
        this.namespace = namespace;
        this.start = start;
        this.implied = implied;
        this.parent = parent;
        boolean switchesMode = namespace == Namespace.HTML && ElementCategories.MODE_SWITCHING.contains(name);
        this.modeElement = switchesMode ? this : parent == null ? null : parent.modeElement;
    }

    boolean isHtml() {
        return namespace == Namespace.HTML;
    }

    boolean isHtml(String tagName) {
        return namespace == Namespace.HTML && name.equals(tagName);
    }

    /** Whether leaving this element open is conforming or already explained by another finding. */
    boolean mayStayOpen() {
        return reported || implied || (isHtml() && ElementCategories.OPTIONAL_END.contains(name));
    }

    ElementStart toStart() {
        return new ElementStart(name, start);
    }
}
