package org.reportlint.rules.regionmembership;

import java.util.ArrayList;
import java.util.List;

/**
 * A region named in a sequence and the countries listed under it, with the rule for when its misplaced countries
 * are worth reporting.
 *
 * <p>A list whose countries mostly lie outside the region it follows is more likely not a list of that region's
 * countries at all (a flat list of regions, then of countries; a heading followed by export markets), so a
 * country is reported only when the region holds at least as many of the countries listed as it does not, and,
 * when only a flat list places the countries under the region, more of them.
 */
final class RegionGroup {
    private final Segment label;
    private final Reading.RegionName region;
    private final boolean heading;
    private final List<Reading.Member> members = new ArrayList<>();

    RegionGroup(Segment label, Reading.RegionName region, boolean heading) {
        this.label = label;
        this.region = region;
        this.heading = heading;
    }

    void add(Reading.Member member) {
        members.add(member);
    }

    void addAll(List<Reading.Member> more) {
        members.addAll(more);
    }

    Segment label() {
        return label;
    }

    Reading.RegionName region() {
        return region;
    }

    /** The countries listed here that the region does not admit, when the group is clear enough to tell. */
    List<Reading.Member> misplaced() {
        if (region.grouping().anyCountry()) {
            return List.of();
        }
        List<Reading.Member> outside = new ArrayList<>();
        int inside = 0;
        for (Reading.Member member : members) {
            if (region.admits(member.country())) {
                inside++;
            } else {
                outside.add(member);
            }
        }
        boolean clear = heading ? inside >= 1 && inside >= outside.size() : inside > outside.size();
        return clear ? outside : List.of();
    }
}
