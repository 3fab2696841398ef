package org.reportlint.rules.regionmembership;

import java.util.List;
import java.util.Set;

/** What one entry of a list, table column or line-per-entry block says, as far as places go. */
sealed interface Reading {

    /**
     * The entry names a region: {@code Europe}, {@code APAC excluding Japan}, or, with {@code rest}, what is left
     * of one: {@code Rest of Europe}.
     */
    record RegionName(Grouping grouping, Set<Country> excluded, boolean rest) implements Reading {
        public RegionName {
            excluded = Set.copyOf(excluded);
        }

        /** Whether a country is one this heading admits. */
        boolean admits(Country country) {
            return grouping.accepts(country) && !excluded.contains(country);
        }
    }

    /** The entry is one country, possibly followed by a figure or a remark: {@code Germany (24%)}. */
    record CountryName(Member member) implements Reading {
    }

    /** The entry is a comma list of two or more countries and nothing else. */
    record CountryList(List<Member> members) implements Reading {
        public CountryList {
            members = List.copyOf(members);
        }
    }

    /** The entry names a region and then its countries: {@code Europe: Germany, France}, {@code Europe (UK, Italy)}. */
    record LabelledList(Segment label, RegionName region, List<Member> members) implements Reading {
        public LabelledList {
            members = List.copyOf(members);
        }
    }

    /** The whole entry is two or more country names with only spaces between them: {@code Argentina Korea}. */
    record RunTogether(List<Country> countries) implements Reading {
        public RunTogether {
            countries = List.copyOf(countries);
        }
    }

    /** Half of a place name split across two entries, which split-name reports. */
    record SplitHalf() implements Reading {
    }

    /** Anything else: a company, a sentence, a word that is not a place, a region split in two. */
    record Other() implements Reading {
    }

    /**
     * One country named in an entry.
     *
     * @param segment where the name is written
     * @param country the country it names
     */
    record Member(Segment segment, Country country) {
    }
}
