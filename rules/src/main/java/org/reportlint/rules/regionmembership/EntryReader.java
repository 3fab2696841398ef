package org.reportlint.rules.regionmembership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
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
        if (entry.length() > MAX_ENTRY_CHARS) {
            return new Reading.Other();
        }
        Optional<Segment> cleaned = clean(entry);
        if (cleaned.isEmpty()) {
            return new Reading.Other();
        }
        Segment core = cleaned.get();
        // Most entries are no place: their first word, read in place without copying or keying the entry, tells.
        if (!startsAsPlace(firstWordOfKey(core))) {
            return new Reading.Other();
        }
        String text = core.text();
        String key = PlaceKey.of(text);
        Optional<Reading.RegionName> region = region(key);
        if (region.isPresent()) {
            return region.get();
        }
        Optional<Country> country = geography.countryByKey(key);
        if (country.isPresent()) {
            return new Reading.CountryName(new Reading.Member(core, country.get()));
        }
        Optional<Reading.RegionName> abbreviated = abbreviated(text);
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
        Optional<List<Country>> together = runTogether(text, key);
        if (together.isPresent()) {
            return new Reading.RunTogether(together.get());
        }
        return headCountry(core).<Reading>map(Reading.CountryName::new).orElse(new Reading.Other());
    }

    /**
     * Whether two entries, read as one text with a space between ({@code South} / {@code Korea}), are exactly a
     * country or a region.
     */
    boolean namesPlace(Segment first, Segment second) {
        // The joined text's first word is the first entry's, unless that entry has none or only an article, which
        // the key drops before a second word ("The" / "Gambia"): most pairs are ruled out before they are joined.
        String firstWord = firstWordOfKey(first);
        if (!firstWord.isEmpty() && !firstWord.equals("the") && !startsAsPlace(firstWord)) {
            return false;
        }
        return namesPlace(first.text() + " " + second.text());
    }

    /** Whether a text, read whole, is exactly a country or a region. */
    private boolean namesPlace(String text) {
        if (!startsAsPlace(PlaceKey.firstWordOfKey(text))) {
            return false;
        }
        String key = PlaceKey.of(text);
        return (geography.countryByKey(key).isPresent() || region(key).isPresent());
    }

    private static String firstWordOfKey(Segment segment) {
        return PlaceKey.firstWordOfKey(segment.block().text(), segment.start(), segment.end());
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
        // Read in the block's text, where the entry is, rather than in a copy of it.
        String text = entry.block().text();
        int from = leadEnd(text, entry.start(), entry.end());
        int to = trailStart(text, entry.start(), entry.end());
        return from < to ? entry.part(from - entry.start(), to - entry.start()) : Optional.empty();
    }

    /** Where the numbering or bullet that {@code LEAD} finds at the start of {@code text[from, to)} ends; else from. */
    static int leadEnd(String text, int from, int to) {
        // Every form of LEAD is at least two characters, and one that starts with a letter has a '.' or ')' after
        // it ("a) Europe"): most entries start with a letter and are ruled out without trying the pattern.
        if (to - from < 2 || Character.isLetter(text.charAt(from)) && ".)".indexOf(text.charAt(from + 1)) < 0) {
            return from;
        }
        // LEAD is anchored at the start: lookingAt tries it there only, where find would try every offset.
        Matcher lead = LEAD.matcher(text).region(from, to);
        return lead.lookingAt() ? lead.end() : from;
    }

    /**
     * Where the run of blanks and punctuation that ends {@code text[from, to)} starts, as
     * {@code [\\s.,;:!?\u00a0]+$} would find it in that part, scanned back from its end rather than tried at every
     * offset: {@code $} also matches before a final line terminator, and of those only {@code \u0085},
     * {@code \u2028} and {@code \u2029} are not in the run.
     */
    static int trailStart(String text, int from, int to) {
        int end = to;
        if (end > from) {
            char last = text.charAt(end - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
                end--;
            }
        }
        int start = end;
        while (start > from && isTrailing(text.charAt(start - 1))) {
            start--;
        }
        return start < end ? start : to;
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
        if (!hasTwoSpaces(key)) {
            return Optional.empty();
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

    /** An exclusion is a word between two spaces: a key of one or two words, as most places are, has none. */
    private static boolean hasTwoSpaces(String key) {
        int first = key.indexOf(' ');
        return first >= 0 && key.indexOf(' ', first + 1) >= 0;
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
        if (!text.endsWith(")")) {
            return Optional.empty(); // BRACKETED matches whole texts, which end with its closing bracket
        }
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
        Optional<MatchResult> found = remark(text);
        if (found.isEmpty() || found.get().start() == 0) {
            return Optional.empty();
        }
        MatchResult separator = found.get();
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
        String text = part.text();
        // LEADING_AND is anchored at the start: lookingAt tries it there only, where find would try every offset.
        Matcher and = LEADING_AND.matcher(text);
        Optional<Segment> named = and.lookingAt() ? part.part(and.end(), text.length()) : Optional.of(part);
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
        Optional<MatchResult> remark = remark(core.text());
        if (remark.isEmpty() || remark.get().start() == 0) {
            return Optional.empty();
        }
        return core.part(0, remark.get().start())
                .flatMap(head -> geography.country(head.text()).map(c -> new Reading.Member(head, c)));
    }

    /**
     * The first separator {@code REMARK} finds in {@code text}. Each holds a colon, a bracket or a dash, which most
     * entries lack: only those that have one are searched, at every offset, by the pattern.
     */
    private static Optional<MatchResult> remark(String text) {
        if (!hasRemarkMark(text)) {
            return Optional.empty();
        }
        Matcher remark = REMARK.matcher(text);
        return remark.find() ? Optional.of(remark) : Optional.empty();
    }

    private static boolean hasRemarkMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ':', '(', '-', '\u2013', '\u2014' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
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
