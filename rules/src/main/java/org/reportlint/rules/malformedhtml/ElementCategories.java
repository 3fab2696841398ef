package org.reportlint.rules.malformedhtml;

import java.util.Set;

/**
 * The element categories of the HTML tree construction algorithm that decide which tags close which, by lower-case
 * tag name in the HTML namespace.
 */
final class ElementCategories {
    /** Elements that never have content or an end tag. */
    static final Set<String> VOID = Set.of("area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
            "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    /** Elements whose content is text, not markup. */
    static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "plaintext");

    /** Elements a browser closes on its own when their parent or a sibling needs it ("generate implied end tags"). */
    static final Set<String> IMPLIED_END = Set.of("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt",
            "rtc");

    /** Elements whose end tag may be omitted in conforming HTML, so leaving them open is no defect. */
    static final Set<String> OPTIONAL_END = Set.of("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt",
            "rtc", "caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr", "html", "head", "body");

    /** Start tags that close an open paragraph ("close a p element"), except {@code table}, which depends on quirks. */
    static final Set<String> CLOSES_PARAGRAPH = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
            "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "listing", "form", "plaintext", "xmp", "hr", "li", "dd", "dt");

    /** End tags of block containers, which close everything open inside them. */
    static final Set<String> BLOCK_END = Set.of("address", "article", "aside", "blockquote", "button", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
            "listing", "main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul", "form");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Elements handled by the adoption agency algorithm when misnested. */
    static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
            "strike", "strong", "tt", "u");

    /** The "special" category: an unmatched end tag of an ordinary element cannot close through these. */
    static final Set<String> SPECIAL = Set.of("address", "applet", "area", "article", "aside", "base", "basefont",
            "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame",
            "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
            "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
            "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
            "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
            "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    /**
     * Elements that bound the default scope: an end tag outside them cannot close an element inside. Browsers keep
     * {@code select} content to itself in the same way.
     */
    static final Set<String> SCOPE_BOUNDARY = Set.of("applet", "caption", "html", "table", "td", "th", "marquee",
            "object", "template", "select");

    /** Foreign elements that bound the default scope as well (MathML text and SVG HTML integration points). */
    static final Set<String> FOREIGN_SCOPE_BOUNDARY = Set.of("mi", "mo", "mn", "ms", "mtext", "annotation-xml",
            "foreignobject", "desc", "title");

    static final Set<String> TABLE_SCOPE_BOUNDARY = Set.of("html", "table", "template");

    /** Elements after which formatting elements are not reopened: a nested {@code <a>} search stops here. */
    static final Set<String> FORMATTING_MARKERS = Set.of("applet", "object", "marquee", "template", "td", "th",
            "caption");

    /** Elements where content other than table parts is moved out of the table ("foster parenting"). */
    static final Set<String> TABLE_CONTEXT = Set.of("table", "tbody", "tfoot", "thead", "tr");

    /** Elements that switch the tree builder into a table, template or select insertion mode. */
    static final Set<String> MODE_SWITCHING = Set.of("table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "colgroup", "template", "select");

    static final Set<String> TABLE_PARTS = Set.of("caption", "col", "colgroup", "tbody", "td", "tfoot", "th",
            "thead", "tr");

    static final Set<String> TABLE_SECTIONS = Set.of("tbody", "thead", "tfoot");

    /** Start tags that may appear before the body without starting it. */
    static final Set<String> HEAD_CONTENT = Set.of("base", "basefont", "bgsound", "link", "meta", "noframes",
            "script", "style", "template", "title", "noscript");

    /** HTML start tags that end SVG or MathML content they appear in. */
    static final Set<String> FOREIGN_BREAKOUT = Set.of("b", "big", "blockquote", "body", "br", "center", "code",
            "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
            "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
            "sub", "sup", "table", "tt", "u", "ul", "var");

    /** SVG elements whose content is HTML again. */
    static final Set<String> SVG_HTML_INTEGRATION = Set.of("foreignobject", "desc", "title");

    /** MathML elements whose content is HTML again, except {@code mglyph} and {@code malignmark}. */
    static final Set<String> MATHML_TEXT_INTEGRATION = Set.of("mi", "mo", "mn", "ms", "mtext");

    private ElementCategories() {
    }
}
