package org.reportlint.rules.regionmembership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The countries of UN M49 with their other names, and the regions and groupings reports list them under, read
 * from {@code countries.tsv} and {@code groupings.tsv} beside this class; every name is looked up by its
 * {@link PlaceKey}.
 */
final class Geography {
    private final List<Country> countries;
    private final List<Grouping> groupings;
    private final Map<String, Country> countriesByKey;
    private final Map<String, Grouping> groupingsByKey;
    private final Set<String> firstWords;

    /** Loaded on first use and shared: the data is immutable and the same for every document. */
    private static final class Shipped {
        static final Geography INSTANCE = of(DataFile.read("countries.tsv"), DataFile.read("groupings.tsv"));
    }

    private Geography(List<Country> countries, Map<String, Country> countriesByKey, List<Grouping> groupings,
                      Map<String, Grouping> groupingsByKey) {
        this.countries = List.copyOf(countries);
        this.countriesByKey = Map.copyOf(countriesByKey);
        this.groupings = List.copyOf(groupings);
        this.groupingsByKey = Map.copyOf(groupingsByKey);
        Set<String> words = new java.util.HashSet<>();
        for (String key : countriesByKey.keySet()) {
            words.add(PlaceKey.firstWord(key));
        }
        for (String key : groupingsByKey.keySet()) {
            words.add(PlaceKey.firstWord(key));
        }
        this.firstWords = Set.copyOf(words);
    }

    /** The data shipped with the rule. */
    static Geography shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * Geography from rows of the two data files.
     *
     * @throws IllegalArgumentException when a name means two places or a grouping member is unknown
     */
    static Geography of(List<String[]> countryRows, List<String[]> groupingRows) {
        List<Country> countries = new ArrayList<>();
        Map<String, Country> countriesByKey = new HashMap<>();
        for (String[] row : countryRows) {
            if (row.length < 4) {
                throw new IllegalArgumentException("country row needs 4 columns: " + String.join("|", row));
            }
            Country country = new Country(row[0], row[1], row[2], row[3]);
            countries.add(country);
            putUnique(countriesByKey, row[0], country);
            if (row.length > 4 && !row[4].isEmpty()) {
                for (String alias : row[4].split("\\|")) {
                    putUnique(countriesByKey, alias, country);
                }
            }
        }
        List<Grouping> groupings = new ArrayList<>();
        Map<String, Grouping> groupingsByName = new HashMap<>();
        Map<String, Grouping> groupingsByKey = new HashMap<>();
        for (String[] row : groupingRows) {
            if (row.length < 3) {
                throw new IllegalArgumentException("grouping row needs 3 columns: " + String.join("|", row));
            }
            Grouping grouping = grouping(row, countries, countriesByKey, groupingsByName);
            groupings.add(grouping);
            groupingsByName.put(grouping.name(), grouping);
            putUnique(groupingsByKey, row[0], grouping);
            for (String name : row[1].split("\\|")) {
                if (!PlaceKey.of(name).equals(PlaceKey.of(row[0]))) {
                    putUnique(groupingsByKey, name, grouping);
                }
            }
        }
        for (String key : groupingsByKey.keySet()) {
            if (countriesByKey.containsKey(key)) {
                throw new IllegalArgumentException("\"" + key + "\" names both a country and a grouping");
            }
        }
        return new Geography(countries, countriesByKey, groupings, groupingsByKey);
    }

    private static Grouping grouping(String[] row, List<Country> countries, Map<String, Country> countriesByKey,
                                     Map<String, Grouping> earlier) {
        Set<String> members = new LinkedHashSet<>();
        Set<String> core = new LinkedHashSet<>();
        boolean any = false;
        for (String token : row[2].split(",")) {
            String member = token.strip();
            boolean removed = member.startsWith("-");
            member = removed ? member.substring(1).strip() : member;
            if (member.equals("*")) {
                any = true;
                continue;
            }
            Set<String> named = new LinkedHashSet<>();
            Set<String> byArea = new LinkedHashSet<>();
            resolve(member, countries, countriesByKey, earlier, named, byArea);
            if (named.isEmpty()) {
                throw new IllegalArgumentException("grouping " + row[0] + ": unknown member \"" + member + "\"");
            }
            if (removed) {
                members.removeAll(named);
                core.removeAll(named);
            } else {
                members.addAll(named);
                core.addAll(byArea);
            }
        }
        boolean home = row.length > 3 && row[3].equals("home");
        return new Grouping(row[0], members, core, any, home);
    }

    /** An earlier grouping, an M49 area or one country, in that order of precedence. */
    private static void resolve(String member, List<Country> countries, Map<String, Country> countriesByKey,
                                Map<String, Grouping> earlier, Set<String> named, Set<String> byArea) {
        Grouping grouping = earlier.get(member);
        if (grouping != null) {
            named.addAll(grouping.members());
            byArea.addAll(grouping.core());
            return;
        }
        for (Country country : countries) {
            if (country.isIn(member)) {
                named.add(country.name());
                byArea.add(country.name());
            }
        }
        if (named.isEmpty()) {
            Country country = countriesByKey.get(PlaceKey.of(member));
            if (country != null) {
                named.add(country.name());
            }
        }
    }

    private static <T> void putUnique(Map<String, T> map, String name, T value) {
        String key = PlaceKey.of(name);
        T before = map.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            throw new IllegalArgumentException("\"" + name + "\" names both " + before + " and " + value);
        }
    }

    List<Country> countries() {
        return countries;
    }

    List<Grouping> groupings() {
        return groupings;
    }

    /** Whether some country or grouping name starts with this word of a key: most entries are ruled out by it. */
    boolean startsAName(String word) {
        return firstWords.contains(word);
    }

    /** The country a name or alias means, compared by {@link PlaceKey}. */
    Optional<Country> country(String name) {
        return Optional.ofNullable(countriesByKey.get(PlaceKey.of(name)));
    }

    /** The country a {@link PlaceKey} means. */
    Optional<Country> countryByKey(String key) {
        return Optional.ofNullable(countriesByKey.get(key));
    }

    /** The grouping a {@link PlaceKey} means. */
    Optional<Grouping> groupingByKey(String key) {
        return Optional.ofNullable(groupingsByKey.get(key));
    }

    Optional<Grouping> grouping(String name) {
        return groupingByKey(PlaceKey.of(name));
    }

    /**
     * Where a message says a country is: the first home grouping that holds it by M49 area, else the first that
     * accepts it at all, else its M49 region.
     */
    String whereIs(Country country) {
        for (Grouping grouping : groupings) {
            if (grouping.home() && grouping.core().contains(country.name())) {
                return grouping.name();
            }
        }
        for (Grouping grouping : groupings) {
            if (grouping.home() && grouping.accepts(country)) {
                return grouping.name();
            }
        }
        return country.region();
    }
}
