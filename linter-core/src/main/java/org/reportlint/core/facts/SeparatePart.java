package org.reportlint.core.facts;

import org.reportlint.core.document.Block;

/**
 * A part of a document that is not about the document's own market: a related-reports section, one item of a page
 * that lists several markets' reports or press releases, or a section headed by another market.
 *
 * @param start the block that starts the part: its heading, or the container of a listing item
 * @param reason why the part is separate
 * @param name the market the part is about, normalised ({@code gadget market}), or empty when it names none
 */
public record SeparatePart(Block start, Reason reason, String name) {

    /** Why a part of a document is not the document's own report. */
    public enum Reason {
        /** Under a heading such as "Related Reports", "You may also like" or "Recent reports". */
        RELATED_REPORTS,
        /** One of several sibling sections, list items or headings that each name a different market. */
        LISTING_ITEM,
        /** Under a heading that names a market other than the document's. */
        OTHER_MARKET
    }
}
