package org.reportlint.rules.regionmembership;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sequence of entries: each region named in it heads the countries after it until the next region
 * (or, for a heading or paragraph that is no place, until that), and an entry that runs countries together is
 * reported where the sequence lists places.
 */
final class SequenceChecker {
    private final EntryReader reader;

    SequenceChecker(EntryReader reader) {
        this.reader = reader;
    }

    /** What a sequence shows: its groups of a region with its countries, and its entries that run countries together. */
    record Result(List<RegionGroup> groups, List<Together> runTogether) {
    }

    /** An entry that is several countries run together, and those countries. */
    record Together(Segment segment, List<Country> countries) {
    }

    Result check(List<Entry> entries) {
        List<Reading> readings = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            readings.add(reader.read(entry.segment()));
        }
        skipSplitNames(entries, readings);
        boolean listsPlaces = false;
        for (Reading reading : readings) {
            listsPlaces |= !(reading instanceof Reading.Other) && !(reading instanceof Reading.RunTogether);
        }
        List<RegionGroup> groups = new ArrayList<>();
        List<Together> together = new ArrayList<>();
        RegionGroup group = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Reading reading = readings.get(i);
            if (reading instanceof Reading.RegionName region && group != null && !entry.heading()
                    && group.region().grouping().members().containsAll(region.grouping().members())
                    && !region.grouping().anyCountry()) {
                // A part of the open region listed among its countries ("Southeast Asia", "Rest of Asia Pacific"
                // under Asia Pacific) is one of its entries, not a heading of the countries after it.
                continue;
            }
            if (reading instanceof Reading.RegionName region) {
                // Regions one after another are a list of regions, not a region and its countries, unless the
                // one before is what remains of a region, which closes that region's countries.
                boolean listOfRegions = !entry.heading() && i > 0
                        && readings.get(i - 1) instanceof Reading.RegionName before && !before.rest();
                group = listOfRegions ? null : new RegionGroup(entry.segment(), region, entry.heading());
                if (group != null) {
                    groups.add(group);
                }
            } else if (reading instanceof Reading.CountryName country) {
                if (group != null) {
                    group.add(country.member());
                }
            } else if (reading instanceof Reading.CountryList list) {
                if (group != null) {
                    group.addAll(list.members());
                }
            } else if (reading instanceof Reading.LabelledList labelled) {
                RegionGroup own = new RegionGroup(labelled.label(), labelled.region(), true);
                own.addAll(labelled.members());
                groups.add(own);
                group = null;
            } else if (reading instanceof Reading.RunTogether run) {
                if (listsPlaces) {
                    together.add(new Together(entry.segment(), run.countries()));
                }
            } else if (reading instanceof Reading.Other && entry.endsGroup()) {
                group = null;
            }
        }
        return new Result(groups, together);
    }

    /**
     * A place name split across two entries ({@code South} / {@code Korea}) is split-name's finding: neither
     * half is read here, so that the same entry is not reported twice.
     */
    private void skipSplitNames(List<Entry> entries, List<Reading> readings) {
        for (int i = 0; i + 1 < entries.size(); i++) {
            if (readings.get(i) instanceof Reading.Other
                    && reader.namesPlace(entries.get(i).segment(), entries.get(i + 1).segment())) {
                readings.set(i, new Reading.SplitHalf());
                readings.set(i + 1, new Reading.SplitHalf());
            }
        }
    }
}
