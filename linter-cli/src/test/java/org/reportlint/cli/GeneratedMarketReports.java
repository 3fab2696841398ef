package org.reportlint.cli;

import java.util.List;
import java.util.Locale;

/**
 * Small market reports of one template, about 250 words each, every one for a market of its own: the name is made
 * of a material, a product and an application, and the figures, regions and companies follow from the index. Shared
 * boilerplate (scope, method, the publisher) makes up about a third of each, as in a publisher's report family.
 */
final class GeneratedMarketReports {
    private static final List<String> MATERIALS = List.of("Ceramic", "Polymer", "Steel", "Aluminium", "Glass",
            "Carbon", "Silicone", "Copper", "Titanium", "Nylon", "Graphite", "Bamboo", "Rubber", "Zinc", "Quartz",
            "Cork", "Basalt", "Nickel", "Epoxy", "Linen", "Cobalt", "Felt", "Granite", "Acrylic", "Tungsten");
    private static final List<String> PRODUCTS = List.of("Valve", "Coating", "Bearing", "Filter", "Sensor",
            "Fastener", "Membrane", "Gasket", "Pipe", "Panel", "Cable", "Foam", "Film", "Fiber", "Tube", "Mesh",
            "Seal", "Plate", "Wire", "Resin");
    private static final List<String> USES = List.of("Automotive", "Marine", "Aerospace", "Medical", "Packaging",
            "Construction", "Rail", "Mining", "Textile", "Agricultural", "Dental", "Solar", "Wind", "Robotics",
            "Printing", "Brewing", "Dairy", "Laboratory", "Furniture", "Hydrogen");
    private static final List<String> REGIONS = List.of("Asia Pacific", "North America", "Europe",
            "Latin America", "the Middle East and Africa");
    private static final List<String> FIRMS = List.of("Arden", "Belmont", "Castell", "Dorran", "Everly",
            "Fenwick", "Galloway", "Hartwell", "Ingram", "Jessop", "Kendal", "Lowther", "Morland", "Norcott");

    private GeneratedMarketReports() {
    }

    /** The market of report {@code i}; distinct for the first 10,000. */
    static String market(int i) {
        return MATERIALS.get(i % 25) + " " + PRODUCTS.get(i / 25 % 20) + " for " + USES.get(i / 500 % 20);
    }

    static String report(int i) {
        String market = market(i);
        String lower = market.toLowerCase(Locale.ROOT);
        int year = 2022 + i % 3;
        int size = 120 + i % 997;
        int growth = 30 + i % 89;
        String region = REGIONS.get(i % 5);
        String faster = REGIONS.get((i / 5 + 1 + i % 5) % 5);
        String first = FIRMS.get(i % 14) + " " + MATERIALS.get(i / 14 % 25);
        String second = FIRMS.get((i / 3 + 5) % 14) + " Group";
        return "<html><head><title>" + market + " Market Report " + year + "</title></head><body>\n"
                + "<h1>" + market + " Market</h1>\n"
                + "<p>The " + lower + " market was valued at USD " + size + " million in " + year
                + " and is expected to grow at a CAGR of " + growth / 10 + "." + growth % 10 + "% from " + (year + 1)
                + " to " + (year + 8) + ". Demand for " + lower + " products rises with investment in "
                + USES.get(i / 500 % 20).toLowerCase(Locale.ROOT) + " equipment.</p>\n"
                + "<h2>Regions</h2>\n"
                + "<p>" + region + " held the largest share of the " + lower + " market in " + year + ", while "
                + faster + " is the fastest growing region. Local " + PRODUCTS.get(i / 25 % 20).toLowerCase(Locale.ROOT)
                + " makers there win contracts on price.</p>\n"
                + "<h2>Companies</h2>\n"
                + "<p>Leading " + lower + " suppliers include " + first + " and " + second + ". In " + year + ", "
                + first + " opened a new " + MATERIALS.get(i % 25).toLowerCase(Locale.ROOT) + " plant with "
                + (50 + i % 400) + " employees.</p>\n"
                + "<h2>About this report</h2>\n"
                + "<p>This report covers revenue by product type, end use and region, with profiles of the leading "
                + "suppliers and their recent developments. Our analysts interview manufacturers, distributors and "
                + "buyers, and check every estimate against company filings and trade statistics before it is "
                + "published. Contact our sales team for a licence for your organisation.</p>\n"
                + "</body></html>\n";
    }
}
