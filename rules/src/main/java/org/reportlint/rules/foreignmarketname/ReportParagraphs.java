package org.reportlint.rules.foreignmarketname;

import java.util.List;
import java.util.Objects;
import org.reportlint.core.rule.DocumentLocation;

/**
 * What the rule keeps of one report: its market, the fingerprints of its paragraphs about its market alone, and the
 * other markets its paragraphs name. Hashes and a few places, never the text.
 *
 * @param market the report's own market, normalised ({@code widget market})
 * @param templates the report's paragraphs that name its market, as templates, in document order
 * @param foreignNames the names of other markets in its paragraphs, each with its paragraph as a template
 */
record ReportParagraphs(String market, List<Template> templates, List<ForeignName> foreignNames) {

    ReportParagraphs {
        Objects.requireNonNull(market, "market");
        templates = List.copyOf(templates);
        foreignNames = List.copyOf(foreignNames);
    }

    /**
     * A paragraph of the report that names its own market.
     *
     * @param fingerprint the paragraph with the report's market name as a slot
     * @param location the paragraph
     * @param otherMarkets the other markets it names, normalised: a paragraph that names the market of another report
     *     of the run is about several markets, not boilerplate of this one
     */
    record Template(long fingerprint, DocumentLocation location, List<String> otherMarkets) {
        Template {
            Objects.requireNonNull(location, "location");
            otherMarkets = List.copyOf(otherMarkets);
        }
    }

    /**
     * Another market named in a paragraph of the report.
     *
     * @param market the name, normalised ({@code gadget market})
     * @param written the name as the paragraph writes it ({@code Gadget Market})
     * @param fingerprint the paragraph with this name and the report's own name as slots
     * @param location where the paragraph first names it
     */
    record ForeignName(String market, String written, long fingerprint, DocumentLocation location) {
        ForeignName {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(location, "location");
        }
    }
}
