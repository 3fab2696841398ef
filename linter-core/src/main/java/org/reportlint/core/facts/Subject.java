package org.reportlint.core.facts;

/**
 * What a statement is about: the document's own market, a part of it, or something else.
 *
 * @param kind what sort of subject it is
 * @param name the subject as normalised text ({@code widget market}, {@code north america}), or empty when the text
 *     names none, as in "the market is expected to grow"
 */
public record Subject(Kind kind, String name) {

    /** The sorts of subject, from the document's own market outwards. */
    public enum Kind {
        /** The market the document is about, named or implied. */
        DOCUMENT_MARKET,
        /** A segment of the document's market: a type, application or product row of a segment table. */
        SEGMENT,
        /** A region or country of the document's market. */
        REGION,
        /** A company. */
        COMPANY,
        /** Another market: one named in passing, or the subject of a related-reports section or listing item. */
        OTHER_MARKET
    }

    /** Whether the statement is about the document's market as a whole. */
    public boolean isDocumentMarket() {
        return kind == Kind.DOCUMENT_MARKET;
    }

    /** Whether the statement is about the document's market or a segment or region of it, which share its periods. */
    public boolean isWithinDocumentMarket() {
        return kind == Kind.DOCUMENT_MARKET || kind == Kind.SEGMENT || kind == Kind.REGION;
    }
}
