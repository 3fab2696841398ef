package org.reportlint.rules.duplicatereport;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates reports the way a publisher's template does: one text with slots for the market, its segments, regions,
 * companies, years and figures, and paragraphs of boilerplate (scope, method, the publisher) that every report of the
 * family shares word for word. Reports for different markets or years differ only in what the slots hold.
 */
final class TemplateFamily {
    static final List<String> MARKETS = List.of("Industrial Valve", "Centrifugal Pump", "Air Compressor",
            "Ball Bearing", "Gas Turbine", "Heat Exchanger", "Hydraulic Cylinder", "Electric Motor", "Gearbox",
            "Conveyor Belt", "Forklift Truck", "Welding Robot", "Machine Vision", "Cooling Tower", "Boiler",
            "Solar Inverter", "Wind Blade", "Smart Meter", "Battery Separator", "Fuel Cell", "Water Meter",
            "Pressure Sensor", "Flow Meter", "Industrial Laser", "Packaging Film", "Adhesive Tape", "Epoxy Resin",
            "Carbon Fiber", "Glass Fiber", "Titanium Dioxide");
    private static final List<String> SEGMENTS = List.of("standard", "heavy duty", "compact", "modular",
            "high pressure", "low noise", "stainless", "automated", "portable", "custom built", "retrofit",
            "digital");
    private static final List<String> USES = List.of("water treatment", "power generation", "oil and gas",
            "chemical plants", "food processing", "mining", "automotive plants", "data centres", "shipbuilding",
            "pharmaceuticals", "pulp and paper", "building services");
    private static final List<String> REGIONS = List.of("Asia Pacific", "North America", "Europe",
            "Latin America", "the Middle East", "Africa");
    private static final List<String> COMPANIES = List.of("Alder Industries", "Brightline Systems",
            "Corvane Group", "Dunmore Engineering", "Eastgate Technologies", "Fallow Manufacturing",
            "Granton Works", "Harlow Dynamics", "Ironbridge Corp", "Juniper Flow", "Kestrel Machines",
            "Larchmont Holdings", "Merriton AG", "Northvale Ltd", "Oakham Controls", "Pellworth Inc");

    private TemplateFamily() {
    }

    /** The report of {@code market} in {@code year}, as HTML, its slots filled from {@code seed}. */
    static String report(String market, int year, long seed) {
        Random random = new Random(seed);
        String m = market + " market";
        double size = 5 + random.nextInt(900) / 10.0;
        double cagr = 2 + random.nextInt(120) / 10.0;
        int last = year + 7;
        double future = size * Math.pow(1 + cagr / 100, 7);
        String segment = pick(SEGMENTS, random);
        String other = pick(SEGMENTS, random);
        String use = pick(USES, random);
        String use2 = pick(USES, random);
        String region = pick(REGIONS, random);
        String region2 = pick(REGIONS, random);
        String c1 = pick(COMPANIES, random);
        String c2 = pick(COMPANIES, random);
        String c3 = pick(COMPANIES, random);
        int share = 20 + random.nextInt(40);
        return "<html><head><title>" + market + " Market Size, Share and Forecast " + year + "-" + last
                + "</title></head><body>\n"
                + "<h1>" + market + " Market Report " + year + "</h1>\n"
                + p("The global " + m + " was valued at USD " + fmt(size) + " billion in " + year + " and is "
                + "projected to reach USD " + fmt(future) + " billion by " + last + ", growing at a CAGR of "
                + fmt(cagr) + "% from " + (year + 1) + " to " + last + ". Demand for " + market.toLowerCase(Locale.ROOT)
                + " products comes mainly from " + use + " and " + use2 + ".")
                + "<h2>Market segmentation</h2>\n"
                + p("By type, the " + segment + " segment held " + share + "% of the " + m + " in " + year
                + ", while the " + other + " segment is expected to grow fastest through " + last + ". By end use, "
                + use + " accounted for the largest share of " + market.toLowerCase(Locale.ROOT) + " revenue.")
                + "<h2>Regional analysis</h2>\n"
                + p(region + " dominated the " + m + " with a share of " + (share + 5) + "% in " + year + ". "
                + region2 + " is the fastest growing region for " + market.toLowerCase(Locale.ROOT)
                + " suppliers, at a CAGR of " + fmt(cagr + 1.5) + "% through " + last + ".")
                + "<h2>Competitive landscape</h2>\n"
                + p("Key players in the " + m + " include " + c1 + ", " + c2 + " and " + c3 + ". In " + year + ", "
                + c1 + " expanded its " + market.toLowerCase(Locale.ROOT) + " capacity, and " + c2
                + " launched a new " + segment + " range for " + use + ".")
                + "<h2>Report scope</h2>\n"
                + p("This report provides an overview of the market, with historical data and forecasts of revenue "
                + "by type, end use and region, together with profiles of the leading companies, their strategies "
                + "and recent developments. The base year of the study is " + year + " and the forecast runs to "
                + last + ".")
                + "<h2>Research methodology</h2>\n"
                + p("Our analysts combine primary interviews with manufacturers, distributors and end users with "
                + "secondary research in annual reports, trade association statistics, government databases and "
                + "paid sources. Market estimates are built from the bottom up and checked from the top down, and "
                + "every figure is reviewed by a second analyst before publication.")
                + "<h2>About us</h2>\n"
                + p("We are an independent market research publisher serving clients in more than forty countries. "
                + "Our reports help strategy teams, investors and consultants size markets, understand competition "
                + "and plan growth. Contact our sales team for custom research, regional breakdowns or a licence "
                + "for your whole organisation.")
                + "</body></html>\n";
    }

    private static String p(String text) {
        return "<p>" + text + "</p>\n";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
