package org.reportlint.rules.regionmembership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what one entry says about places: a region, a country, a comma list of countries, a region with its
 * countries, countries run together, or none of these. Names are looked up whole by their {@link PlaceKey}, never
 * found inside longer text, so a sentence or a company that contains a place word reads as {@link Reading.Other}.
 */
final class EntryReader {
    /** Longer entries are sentences, not names. */
    private static final int MAX_ENTRY_CHARS = 300;
    /** More words than the longest country name ("South Georgia and the South Sandwich Islands"). */
    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern LEAD = Pattern.compile(
            "^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?|[a-zA-Z][.)]|\\(\\w{1,3}\\)|[-*+>\u2022\u25aa\u25cf\u25e6\u2013\u2014])\\s+");
    /** Only letters, spaces and the punctuation inside names: what an entry of names run together looks like. */
    private static final Pattern NAMES_ONLY = Pattern.compile("[\\p{L}][\\p{L}\\p{M}.'\u2019 \u00a0-]*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|&|or)\\s+", Pattern.CASE_INSENSITIVE);
    /** What separates a country from a remark or figure after it: {@code Germany (24%)}, {@code Japan: mature}. */
    private static final Pattern REMARK = Pattern.compile("\\s*(?::|\\(|\\s[-\u2013\u2014]\\s)");
    private static final Pattern EXCLUSION = Pattern.compile(
            " (?:excluding|except|excl|ex|exclusive of|other than|without|not including) ");
    private static final List<String> REST_PREFIXES = List.of("rest of ", "others in ", "other ", "remaining ");
    private static final Set<String> REST_WORDS = Set.of("rest", "others", "other", "remaining");
    private static final List<String> REGION_SUFFIXES = List.of(" region", " regions", " market", " countries",
            " area");
    private static final Pattern BRACKETED = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{Lu}\\-&.]{1,7}");
    private static final Pattern TRAILING_ETC = Pattern.compile("\\s+etc\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FILLERS = Set.of("etc", "others", "other", "and others", "and more", "more");

    private final Geography geography;

    EntryReader(Geography geography) {
        this.geography = geography;
    }

    Reading read(Segment entry) {
        if (entry.text().length() > MAX_ENTRY_CHARS) {
            return new Reading.Other();
        }
        Optional<Segment> cleaned = clean(entry);
        if (cleaned.isEmpty()) {
            return new Reading.Other();
        }
        Segment core = cleaned.get();
        String text = core.text();
        // Most entries are no place: their first word, found without keying the whole entry, tells.
        if (!startsAsPlace(PlaceKey.firstWordOfKey(text))) {
            return new Reading.Other();
        }
        String key = PlaceKey.of(text);
        Optional<Reading.RegionName> region = region(key);
        if (region.isPresent()) {
            return region.get();
        }
        Optional<Country> country = geography.countryByKey(key);
        if (country.isPresent()) {
            return new Reading.CountryName(new Reading.Member(core, country.get()));
        }
        Optional<Reading.RegionName> abbreviated = abbreviated(core.text());
        if (abbreviated.isPresent()) {
            return abbreviated.get();
        }
        Optional<Reading> labelled = labelled(core);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        Optional<List<Reading.Member>> list = list(core);
        if (list.isPresent() && list.get().size() >= 2) {
            return new Reading.CountryList(list.get());
        }
        Optional<List<Country>> together = runTogether(core.text(), key);
        if (together.isPresent()) {
            return new Reading.RunTogether(together.get());
        }
        return headCountry(core).<Reading>map(Reading.CountryName::new).orElse(new Reading.Other());
    }

    /** Whether a text, read whole, is exactly a country or a region. */
    boolean namesPlace(String text) {
        if (!startsAsPlace(PlaceKey.firstWordOfKey(text))) {
            return false;
        }
        String key = PlaceKey.of(text);
        return (geography.countryByKey(key).isPresent() || region(key).isPresent());
    }

    /** Whether a key starts as a place name or as "Rest of" one does; every reading below needs that. */
    private boolean startsAsPlace(String first) {
        return geography.startsAName(first) || REST_WORDS.contains(first);
    }

    /** The entry as a region heading, when that is all it says. */
    Optional<Reading.RegionName> regionName(Segment entry) {
        return read(entry) instanceof Reading.RegionName region ? Optional.of(region) : Optional.empty();
    }

    /** Without list numbering or bullets before, and punctuation after. */
    private static Optional<Segment> clean(Segment entry) {
        String text = entry.text();
        // LEAD is anchored at the start: lookingAt tries it there only, where find would try every offset.
        Matcher lead = LEAD.matcher(text);
        int from = lead.lookingAt() ? lead.end() : 0;
        int to = trailStart(text);
        return from < to ? entry.part(from, to) : Optional.empty();
    }

    /**
     * Where the run of blanks and punctuation that ends {@code text} starts, as {@code [\\s.,;:!?\u00a0]+$} would
     * find it, scanned back from the end rather than tried at every offset: {@code $} also matches before a final
     * line terminator, and of those only {@code \u0085}, {@code \u2028} and {@code \u2029} are not in the run.
     */
    static int trailStart(String text) {
        int end = text.length();
        if (end > 0) {
            char last = text.charAt(end - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
                end--;
            }
        }
        int start = end;
        while (start > 0 && isTrailing(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? start : text.length();
    }

    private static boolean isTrailing(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '.', ',', ';', ':', '!', '?', '\u00a0' -> true;
            default -> false;
        };
    }

    /** A region by name, with {@code Rest of}, {@code region} or an exclusion around it. */
    Optional<Reading.RegionName> region(String key) {
        Optional<Grouping> grouping = suffixed(key);
        if (grouping.isPresent()) {
            return Optional.of(new Reading.RegionName(grouping.get(), Set.of(), false));
        }
        for (String prefix : REST_PREFIXES) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                // "Rest of the World" is a grouping by its own name; "Rest of Europe" is Europe.
                return suffixed(rest.startsWith("the ") ? rest.substring(4) : rest)
                        .map(of -> new Reading.RegionName(of, Set.of(), true));
            }
        }
        Matcher exclusion = EXCLUSION.matcher(key);
        if (exclusion.find()) {
            Optional<Grouping> base = suffixed(key.substring(0, exclusion.start()));
            Optional<List<Country>> excluded = countries(key.substring(exclusion.end()), true);
            if (base.isPresent() && excluded.isPresent()) {
                return Optional.of(new Reading.RegionName(base.get(), new LinkedHashSet<>(excluded.get()), false));
            }
        }
        return Optional.empty();
    }

    private Optional<Grouping> suffixed(String key) {
        Optional<Grouping> grouping = geography.groupingByKey(key);
        for (int i = 0; grouping.isEmpty() && i < REGION_SUFFIXES.size(); i++) {
            if (key.endsWith(REGION_SUFFIXES.get(i))) {
                grouping = geography.groupingByKey(key.substring(0, key.length() - REGION_SUFFIXES.get(i).length()));
            }
        }
        return grouping;
    }

    /**
     * A region followed by its abbreviation or another name in brackets: {@code Middle East & Africa (MEA)},
     * {@code Asia Pacific excluding Japan (APEJ)}.
     */
    private Optional<Reading.RegionName> abbreviated(String text) {
        Matcher bracket = BRACKETED.matcher(text);
        if (!bracket.matches()) {
            return Optional.empty();
        }
        String inner = bracket.group(2).strip();
        boolean names = ABBREVIATION.matcher(inner).matches() || region(PlaceKey.of(inner)).isPresent();
        return names ? region(PlaceKey.of(bracket.group(1))) : Optional.empty();
    }

    /** {@code Europe: Germany, France} and {@code Europe (Germany, France)}: a region, then only its countries. */
    private Optional<Reading> labelled(Segment core) {
        String text = core.text();
        Matcher separator = REMARK.matcher(text);
        if (!separator.find() || separator.start() == 0) {
            return Optional.empty();
        }
        boolean bracket = text.charAt(separator.end() - 1) == '(';
        int restEnd = text.length();
        if (bracket) {
            if (text.charAt(text.length() - 1) != ')') {
                return Optional.empty();
            }
            restEnd--;
        }
        Optional<Segment> label = core.part(0, separator.start());
        Optional<Segment> rest = core.part(separator.end(), restEnd);
        if (label.isEmpty() || rest.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reading.RegionName> region = region(PlaceKey.of(label.get().text()));
        if (region.isEmpty()) {
            return Optional.empty();
        }
        return list(rest.get()).filter(members -> !members.isEmpty())
                .map(members -> new Reading.LabelledList(label.get(), region.get(), members));
    }

    /**
     * The countries of a comma list, when every item is a country (or {@code and others}, or a region such as
     * {@code Rest of Europe}); empty when any item is something else.
     */
    private Optional<List<Reading.Member>> list(Segment text) {
        List<Reading.Member> members = new ArrayList<>();
        Matcher separator = LIST_SEPARATOR.matcher(text.text());
        int from = 0;
        boolean more = true;
        while (more) {
            more = separator.find();
            int to = more ? separator.start() : text.text().length();
            Optional<Segment> part = text.part(from, to);
            if (part.isPresent() && !item(part.get(), members)) {
                return Optional.empty();
            }
            from = more ? separator.end() : to;
        }
        return Optional.of(members);
    }

    /** Adds the countries one comma-list item names; false when it names something else. */
    private boolean item(Segment part, List<Reading.Member> members) {
        Matcher and = LEADING_AND.matcher(part.text());
        Optional<Segment> named = and.find() ? part.part(and.end(), part.text().length()) : Optional.of(part);
        if (named.isEmpty()) {
            return true;
        }
        Segment item = named.get();
        String key = PlaceKey.of(item.text());
        if (isFiller(key)) {
            return true;
        }
        Matcher etc = TRAILING_ETC.matcher(item.text());
        if (etc.find() && etc.start() > 0) {
            item = item.part(0, etc.start()).orElse(item);
            key = PlaceKey.of(item.text());
        }
        Optional<Country> country = geography.countryByKey(key);
        if (country.isPresent()) {
            members.add(new Reading.Member(item, country.get()));
            return true;
        }
        // "France and Italy" as the last item: two countries, unless the whole is one ("Trinidad and Tobago").
        Matcher inner = AND.matcher(item.text());
        if (inner.find()) {
            Optional<Segment> first = item.part(0, inner.start());
            Optional<Segment> second = item.part(inner.end(), item.text().length());
            Optional<Country> a = first.flatMap(s -> geography.country(s.text()));
            Optional<Country> b = second.flatMap(s -> geography.country(s.text()));
            boolean aFills = first.isPresent() && isFiller(PlaceKey.of(first.get().text()));
            boolean bFills = second.isPresent() && isFiller(PlaceKey.of(second.get().text()));
            if ((a.isPresent() || aFills) && (b.isPresent() || bFills)) {
                a.ifPresent(firstCountry -> members.add(new Reading.Member(first.get(), firstCountry)));
                b.ifPresent(secondCountry -> members.add(new Reading.Member(second.get(), secondCountry)));
                return true;
            }
        }
        Optional<Reading.Member> head = headCountry(item);
        head.ifPresent(members::add);
        return head.isPresent();
    }

    /** Words a list may hold besides countries: {@code others}, {@code etc.}, a region such as {@code Rest of Europe}. */
    private boolean isFiller(String key) {
        return FILLERS.contains(key) || region(key).isPresent();
    }

    /** A country followed by a remark or a figure: {@code Germany (24%)}, {@code Japan - mature market}. */
    private Optional<Reading.Member> headCountry(Segment core) {
        Matcher remark = REMARK.matcher(core.text());
        if (!remark.find() || remark.start() == 0) {
            return Optional.empty();
        }
        return core.part(0, remark.start())
                .flatMap(head -> geography.country(head.text()).map(c -> new Reading.Member(head, c)));
    }

    /** Two or more different countries with only spaces between them, and nothing else. */
    private Optional<List<Country>> runTogether(String text, String key) {
        if (!NAMES_ONLY.matcher(text).matches()) {
            return Optional.empty();
        }
        return countries(key, false).filter(found -> found.size() >= 2 && Set.copyOf(found).size() == found.size());
    }

    /**
     * The fewest countries whose names, one after another, are exactly the words of {@code key}, with
     * {@code and} allowed between two names when {@code andBetween}; empty when no such reading exists.
     */
    Optional<List<Country>> countries(String key, boolean andBetween) {
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        if (words.length == 0 || words.length > 4 * MAX_NAME_WORDS) {
            return Optional.empty();
        }
        int n = words.length;
        // best[i]: the fewest names covering words [0, i); from[i]: where the cover before the last name ends,
        // name[i]: the last name, which starts after an "and" when one is skipped.
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Country[] name = new Country[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int covered = 0; covered < n; covered++) {
            if (best[covered] == Integer.MAX_VALUE) {
                continue;
            }
            boolean skipAnd = andBetween && covered > 0 && words[covered].equals("and");
            int start = skipAnd ? covered + 1 : covered;
            for (int end = start + 1; end <= Math.min(n, start + MAX_NAME_WORDS); end++) {
                if (best[covered] + 1 < best[end]) {
                    Optional<Country> country = geography.countryByKey(
                            String.join(" ", Arrays.copyOfRange(words, start, end)));
                    if (country.isPresent()) {
                        best[end] = best[covered] + 1;
                        from[end] = covered;
                        name[end] = country.get();
                    }
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<Country> found = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            found.add(0, name[end]);
        }
        return Optional.of(found);
    }
}
