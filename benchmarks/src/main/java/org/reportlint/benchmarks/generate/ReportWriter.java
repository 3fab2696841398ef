package org.reportlint.benchmarks.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.reportlint.benchmarks.generate.ReportBlock.Heading;
import org.reportlint.benchmarks.generate.ReportBlock.Headline;
import org.reportlint.benchmarks.generate.ReportBlock.Image;
import org.reportlint.benchmarks.generate.ReportBlock.ItemList;
import org.reportlint.benchmarks.generate.ReportBlock.Paragraph;
import org.reportlint.benchmarks.generate.ReportBlock.Table;

/**
 * Writes one report's content from its spec: the sections a market-report template has (headline figures,
 * overview, segments, regions, companies, a summary table, questions and answers), then further sections until the
 * target size, with the spec's defects placed where templates leave them.
 */
final class ReportWriter {
    /** What the questions and answers at the end add, so the body stops growing early enough for them. */
    private static final int CLOSING_CHARS = 900;

    private final ReportSpec spec;
    private final SplittableRandom random;
    private final String market;
    private final MarketFacts facts;
    /** The CAGR the report states for its market: the true one, unless the template filled in a wrong one. */
    private final String statedCagr;
    private final List<ReportBlock> blocks = new ArrayList<>();
    private final List<String> types;
    private final List<String> applications;
    /** Where a report with {@link Defect#PLACEHOLDER} shows it: 0 a masked size, 1 a masked revenue, 2 dummy firms. */
    private final int placeholderPlace;
    private int chars;
    private boolean sectionWritten;

    private ReportWriter(ReportSpec spec, SplittableRandom random) {
        this.spec = spec;
        this.random = random;
        this.market = Vocabulary.pick(random, Vocabulary.SCOPES) + Vocabulary.pick(random, Vocabulary.PRODUCTS);
        this.facts = MarketFacts.of(market);
        this.statedCagr = has(Defect.CAGR_ARITHMETIC)
                // Far enough off that no reading of the years (from the base year or from the period's start) fits.
                ? MarketFacts.percent(facts.cagr() * 1.4 + 3 + random.nextInt(40) / 10.0)
                : facts.cagrText();
        this.types = distinct(Vocabulary.TYPES, 3 + random.nextInt(3));
        this.applications = distinct(Vocabulary.APPLICATIONS, 4 + random.nextInt(4));
        // Dummy firms go in the sentence after the company list, which a split name already owns.
        this.placeholderPlace = random.nextInt(has(Defect.SPLIT_NAME) ? 2 : 3);
    }

    static Report write(ReportSpec spec, SplittableRandom random) {
        return new ReportWriter(spec, random).write();
    }

    private Report write() {
        String title = market + " Market Size, Share & Forecast " + facts.period();
        add(new Heading(1, title));
        if (spec.format() == Format.HTML_FRAGMENT) {
            add(new Image("https://cdn.example.com/uploads/" + facts.baseYear() + "/report-" + spec.index()
                    + "-300x171.png", 300, 171));
        }
        add(new Headline(market + " Market", "https://reports.example.com/sample/?rid=" + (10_000 + spec.index()),
                "size was valued at " + MarketFacts.usd(facts.baseMillions()) + " in " + facts.baseYear()
                        + " and is projected to reach " + MarketFacts.usd(facts.endMillions()) + " by "
                        + facts.endYear() + ", growing at a CAGR of " + statedCagr + " from " + facts.startYear()
                        + " to " + facts.endYear() + "."));
        overview();
        segments();
        applicationsSection();
        regions();
        companies();
        summaryTable();
        int extra = 0;
        while (chars + CLOSING_CHARS < spec.targetBytes()) {
            switch (extra++ % 4) {
                case 0 -> companyProfile();
                case 1 -> trend();
                case 2 -> applicationDetail();
                default -> restraint();
            }
        }
        questions();
        if (has(Defect.MOJIBAKE)) {
            damageApostrophe();
        }
        Optional<MarkupFault> fault = has(Defect.MALFORMED_MARKUP)
                ? Optional.of(MarkupFault.values()[random.nextInt(MarkupFault.values().length)])
                : Optional.empty();
        return new Report(title, blocks, fault);
    }

    private void overview() {
        section("Market Overview");
        String lower = market.toLowerCase(Locale.ROOT);
        add(new Paragraph("The " + lower + " market\u2019s growth is driven by " + pickDriver() + " and "
                + pickDriver() + ". Buyers in " + pick(applications) + " and " + pick(applications)
                + " are replacing older equipment, while suppliers invest in capacity close to their customers. "
                + "Over the forecast period, " + pickDriver() + " is expected to support demand further."));
        String masked = placeholder(0)
                ? " It is expected to reach USD XX.X billion by " + facts.endYear() + "."
                : "";
        add(new Paragraph("Analysts expect the market to expand at a CAGR of " + overviewCagr() + " between "
                + facts.startYear() + " and " + facts.endYear() + "." + masked + " Demand is strongest where "
                + pickDriver() + " coincides with " + pickDriver() + ", and weakest where "
                + pick(Vocabulary.RESTRAINTS) + " delay purchases."));
        if (has(Defect.CONFLICTING_PERIOD)) {
            int start = facts.startYear() - 2 - random.nextInt(2);
            add(new Paragraph("The " + lower + " market is forecast to grow at a CAGR of " + statedCagr
                    + " during the forecast period " + start + "-" + (facts.endYear() - 3) + "."));
        }
    }

    private void segments() {
        section("Segmentation by Type");
        add(new ItemList(types));
        int share = 30 + random.nextInt(15);
        add(new Paragraph("The " + types.get(0) + " segment accounted for about " + share + "% of revenue in "
                + facts.baseYear() + ", owing to " + pickDriver() + ". The " + types.get(1) + " segment held about "
                + (share / 2) + "%, and is expected to gain share as " + pickDriver() + " continues."));
        for (String type : types.subList(2, types.size())) {
            String sentence = placeholder(1) && type.equals(types.get(2))
                    ? "Revenue from the " + type + " segment reached $xxx million in " + facts.baseYear() + "."
                    : "The " + type + " segment is preferred by buyers who value " + pick(Vocabulary.TRENDS) + ".";
            add(new Paragraph(sentence + " Suppliers in this segment compete on delivery times and on "
                    + pick(Vocabulary.TRENDS) + "."));
        }
    }

    private void applicationsSection() {
        section("Segmentation by Application");
        add(new ItemList(applications));
        for (String application : applications.subList(0, 2)) {
            add(new Heading(3, application));
            add(new Paragraph("In " + application.toLowerCase(Locale.ROOT) + ", demand rises with "
                    + pickDriver() + ". Operators choose products that lower running costs and simplify "
                    + "maintenance, and " + pick(Vocabulary.RESTRAINTS) + " remain the main obstacle."));
        }
    }

    private void regions() {
        section("Regional Analysis");
        int share = 28 + random.nextInt(12);
        for (List<String> region : Vocabulary.REGIONS) {
            add(new Heading(3, region.get(0)));
            List<String> countries = region.subList(1, region.size());
            add(new ItemList(countries));
            String lead = region == Vocabulary.REGIONS.get(0)
                    ? region.get(0) + " held about " + share + "% of the market in " + facts.baseYear() + ". "
                    : "";
            add(new Paragraph(lead + "Growth in " + region.get(0) + " is led by " + pick(countries) + ", where "
                    + pickDriver() + " supports investment, followed by " + pick(countries) + "."));
        }
    }

    private void companies() {
        section("Competitive Landscape");
        int count = 6 + random.nextInt(5);
        List<String> entries = new ArrayList<>();
        int split = has(Defect.SPLIT_NAME) ? random.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            if (i == split) {
                List<String> halves = Vocabulary.SPLITTABLE_SUFFIXES.get(
                        random.nextInt(Vocabulary.SPLITTABLE_SUFFIXES.size()));
                entries.add(Vocabulary.firmStem(random) + " " + halves.get(0));
                entries.add(halves.get(1));
            } else {
                entries.add(Vocabulary.company(random));
            }
        }
        add(new Paragraph("The market is moderately fragmented. The key companies profiled in this report are:"));
        add(new ItemList(entries));
        String players = placeholder(2)
                ? "Company A, Company B, and Company C"
                : Vocabulary.company(random) + " and " + Vocabulary.company(random);
        add(new Paragraph("Leading suppliers such as " + players + " compete on " + pick(Vocabulary.TRENDS)
                + " and on partnerships with distributors."));
    }

    private void summaryTable() {
        section("Report Scope");
        add(new Table(List.of(
                List.of("Report Attribute", "Details"),
                List.of("Base Year", String.valueOf(facts.baseYear())),
                List.of("Forecast Period", facts.period()),
                List.of("Segments Covered", "Type, Application, Region"),
                List.of("Regions Covered", "North America; Europe; Asia Pacific; Latin America; Middle East & Africa"),
                List.of("Customization", "Available on request"))));
    }

    private void companyProfile() {
        section("Company Profile");
        List<String> region = pick(Vocabulary.REGIONS);
        add(new Heading(3, Vocabulary.company(random)));
        add(new Paragraph("The company is headquartered in " + region.get(1 + random.nextInt(region.size() - 1))
                + " and supplies " + market.toLowerCase(Locale.ROOT) + " products to " + pick(applications)
                + " and " + pick(applications) + " customers. Its recent investments focus on "
                + pick(Vocabulary.TRENDS) + " and on " + pick(Vocabulary.TRENDS) + "."));
        add(new Paragraph("In " + facts.baseYear() + ", it opened a service centre to shorten delivery times, "
                + "a response to " + pick(Vocabulary.RESTRAINTS) + ". Management expects " + pickDriver()
                + " to remain the company\u2019s main source of new orders."));
    }

    private void trend() {
        section("Key Trend: " + capitalised(pick(Vocabulary.TRENDS)));
        add(new Paragraph("Suppliers increasingly pair their products with " + pick(Vocabulary.TRENDS) + ". "
                + "The shift follows " + pickDriver() + " and helps buyers in " + pick(applications)
                + " plan their budgets. Smaller vendors adopt it more slowly because of "
                + pick(Vocabulary.RESTRAINTS) + "."));
    }

    private void applicationDetail() {
        String application = pick(applications);
        section("Outlook for " + application);
        add(new Paragraph("Procurement teams in " + application.toLowerCase(Locale.ROOT) + " evaluate suppliers "
                + "on reliability, service coverage and total cost of ownership. " + capitalised(pickDriver())
                + " keeps replacement cycles short, and " + pick(Vocabulary.TRENDS) + " open new channels."));
        add(new ItemList(distinct(Vocabulary.TRENDS, 3)));
    }

    private void restraint() {
        String restraint = pick(Vocabulary.RESTRAINTS);
        section("Challenge: " + capitalised(restraint));
        add(new Paragraph(capitalised(restraint) + " weigh on margins, particularly for suppliers that depend on "
                + "a single region. Firms respond with " + pick(Vocabulary.TRENDS) + " and with longer contracts "
                + "that share the risk with customers."));
    }

    private void questions() {
        section("Frequently Asked Questions");
        String lower = market.toLowerCase(Locale.ROOT);
        add(new Heading(3, "How big is the " + lower + " market?"));
        add(new Paragraph("The " + lower + " market was valued at " + MarketFacts.usd(facts.baseMillions())
                + " in " + facts.baseYear() + "."));
        add(new Heading(3, "What is the growth rate of the " + lower + " market?"));
        add(new Paragraph("The market is expected to grow at a CAGR of " + statedCagr + " from "
                + facts.startYear() + " to " + facts.endYear() + "."));
        add(new Heading(3, "Which region leads the market?"));
        add(new Paragraph("North America held the largest share in " + facts.baseYear() + ", followed by "
                + "Europe and Asia Pacific."));
    }

    /**
     * Turns the first paragraph's curly apostrophes into what their UTF-8 bytes read as Windows-1252 look like,
     * as a page that went through a wrongly configured pipeline shows them.
     */
    private void damageApostrophe() {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph && paragraph.text().indexOf('\u2019') >= 0) {
                blocks.set(i, new Paragraph(paragraph.text().replace("\u2019", "\u00e2\u20ac\u2122")));
                return;
            }
        }
        throw new IllegalStateException("the overview always has an apostrophe to damage");
    }

    /**
     * The CAGR the overview restates: the stated one, unless the paragraph was filled from another edition of the
     * report.
     */
    private String overviewCagr() {
        if (!has(Defect.CONFLICTING_CAGR)) {
            return statedCagr;
        }
        double offset = (random.nextBoolean() ? 2 : -2) * (1 + random.nextInt(15) / 10.0);
        return MarketFacts.percent(Math.max(1.0, facts.cagr() + offset));
    }

    /** A section heading: level 2, except that a report with a skipped level opens its first section at 3. */
    private void section(String title) {
        add(new Heading(has(Defect.HEADING_SKIP) && !sectionWritten ? 3 : 2, title));
        sectionWritten = true;
    }

    private void add(ReportBlock block) {
        blocks.add(block);
        // Tags add some twenty characters a block to HTML; Markdown and text add a marker and line breaks.
        chars += block.textLength() + (spec.format().isHtml() ? 20 : 3);
    }

    private boolean placeholder(int place) {
        return has(Defect.PLACEHOLDER) && placeholderPlace == place;
    }

    private boolean has(Defect defect) {
        return spec.defects().contains(defect);
    }

    private String pickDriver() {
        return pick(Vocabulary.DRIVERS);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} different values in their list order. */
    private List<String> distinct(List<String> values, int count) {
        List<String> pool = new ArrayList<>(values);
        while (pool.size() > count) {
            pool.remove(random.nextInt(pool.size()));
        }
        return pool;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
