package org.reportlint.rules.regionmembership;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlint.core.document.Document;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/**
 * Reports a country listed under a region it is not in ({@code Korea} under {@code Middle East & Africa}) and an
 * entry that runs two countries together ({@code Argentina Korea}).
 *
 * <p>Countries, their other names and the regions and groupings reports use are data files beside this class
 * (UN M49 areas and the report groupings built from them), read once. Only entries are read: list items, one-line
 * paragraphs and headings, lines, table cells; a place named in prose is never checked. Where a reading is
 * ambiguous the rule stays silent: a country on the border of two groupings (Mexico, Russia, Türkiye, Egypt,
 * Georgia, which is also a US state) is accepted under both, anything is accepted under {@code Rest of the World},
 * a list whose countries mostly lie outside the region before it is taken as not that region's list, and a place
 * name split across two entries is left to split-name.
 */
public final class RegionMembershipRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("region-membership")
            .summary("A country listed under a region it is not in, or two countries run together in one entry")
            .description("Templates that fill region sections from a list of countries misplace one (\"Korea\""
                    + " under \"Middle East & Africa\") or join two into one entry (\"Argentina Korea\"). The rule"
                    + " reads the entries that follow a region named in a heading, a label before a list, the text"
                    + " of a list item with a nested list, a table header, a label row or a label cell"
                    + " (\"Europe | Germany, France\"), a flat list of regions and countries, or a comma list after"
                    + " a region in the same entry (\"Europe: Germany, France\"), and reports a country that region"
                    + " does not hold, with the region as related location. It also reports an entry whose whole"
                    + " text is two or more country names with only spaces between them, among entries that list"
                    + " places; a name of several words (\"Papua New Guinea\", \"Korea Republic\") is one country."
                    + " Regions and groupings are the UN M49 regions and those reports use (North America, Latin"
                    + " America, Europe, Asia Pacific, Middle East & Africa, GCC, ASEAN, EU, Nordics, Benelux, DACH"
                    + " and more), also as \"Rest of Europe\" or \"Asia Pacific excluding Japan\". Not reported, as"
                    + " ambiguous: a country on the border of two groupings (Mexico in North and Latin America,"
                    + " Russia and Türkiye in Europe and Asia, Egypt in Africa and the Middle East, Georgia, also a"
                    + " US state, under North America), anything under Rest of the World or Others, a list whose"
                    + " countries mostly lie outside the region before it, places named in prose, a table whose"
                    + " columns are regions, and a place name split across two entries, which split-name reports.")
            .severity(Severity.WARNING)
            .fixable(false)
            .recommended(false)
            .example("<p><strong>Middle East &amp; Africa:</strong></p>\n"
                            + "<ul><li>Saudi Arabia</li><li>UAE</li><li>Korea</li></ul>\n"
                            + "<p><strong>Latin America:</strong></p>\n"
                            + "<ul><li>Brazil</li><li>Argentina Korea</li></ul>",
                    "<p><strong>Middle East &amp; Africa:</strong></p>\n"
                            + "<ul><li>Saudi Arabia</li><li>UAE</li><li>South Africa</li></ul>\n"
                            + "<p><strong>Latin America:</strong></p>\n"
                            + "<ul><li>Brazil</li><li>Argentina</li></ul>")
            .build();

    /**
     * Read on the rule's first check, not when the rule is loaded: every run loads every rule, this one is off by
     * default, and its country tables are a visible part of a small run's start-up.
     */
    private static final class Shipped {
        static final Geography GEOGRAPHY = Geography.shipped();
        static final SequenceChecker CHECKER = new SequenceChecker(new EntryReader(GEOGRAPHY));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        Document document = context.document();
        Set<TextRange> reported = new HashSet<>();
        for (List<Entry> sequence : EntrySequences.of(document)) {
            SequenceChecker.Result result = Shipped.CHECKER.check(sequence);
            for (SequenceChecker.Together together : result.runTogether()) {
                if (reported.add(together.segment().range())) {
                    context.report(runTogether(together));
                }
            }
            for (RegionGroup group : result.groups()) {
                for (Reading.Member member : group.misplaced()) {
                    if (reported.add(member.segment().range())) {
                        context.report(misplaced(group, member));
                    }
                }
            }
        }
    }

    private Problem misplaced(RegionGroup group, Reading.Member member) {
        String label = labelText(group.label());
        String country = member.segment().quoted();
        String message = group.region().excluded().contains(member.country())
                ? "\"" + country + "\" is listed under \"" + label + "\", which leaves it out"
                : "\"" + country + "\" is listed under \"" + label + "\" but is in "
                        + Shipped.GEOGRAPHY.whereIs(member.country());
        return Problem.at(member.segment().range(), message)
                .withRelated(group.label().range(), "\"" + label + "\" is the region it is listed under");
    }

    private static Problem runTogether(SequenceChecker.Together together) {
        List<String> names = together.countries().stream().map(Country::name).toList();
        String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return Problem.at(together.segment().range(), "\"" + together.segment().quoted() + "\" runs "
                + count(names.size()) + " countries together in one entry: " + joined);
    }

    /** A label as the reader sees it, without the colon or numbering around it. */
    private static String labelText(Segment label) {
        return label.quoted().replaceAll("^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?\\s+)", "").replaceAll("[\\s:]+$", "");
    }

    private static String count(int n) {
        return switch (n) {
            case 2 -> "two";
            case 3 -> "three";
            case 4 -> "four";
            default -> String.valueOf(n);
        };
    }
}
