package org.reportlint.rules.placeholder;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds filler a writer meant to replace: {@code lorem ipsum}, the markers {@code TBD}, {@code TBA}, {@code TODO},
 * {@code FIXME}, and {@code XXX} used as a marker rather than a numeral.
 */
final class FillerMatcher implements PlaceholderMatcher {
    private static final Pattern LOREM = Pattern.compile(
            "\\b(?:[Ll]orem|LOREM)\\s+(?:[Ii]psum|IPSUM)(?:\\s+(?:dolor|DOLOR)(?:\\s+(?:sit\\s+amet|SIT\\s+AMET))?)?\\b"
                    + "|\\b(?:dolor\\s+sit\\s+amet|DOLOR\\s+SIT\\s+AMET)\\b");
    private static final Pattern MARKER = Pattern.compile("\\b(?:TBD|TBA|TBC|TODO|FIXME|TKTK)\\b");
    /** Four or more X are never a Roman numeral; three are, after a name ({@code Super Bowl XXX}). */
    private static final Pattern X_RUN = Pattern.compile("(?<![\\w$\u20AC\u00A3])(X{3,}|x{3,})(?![\\w%])");
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}.]*\\s$");

    /** What every marker starts with: {@link #MARKER} is tried only where one of these occurs. */
    private static final List<String> MARKER_STARTS = List.of("TB", "TODO", "FIXME", "TKTK");

    private final Supplier<Set<String>> definedTermsSource;
    private final Searcher searcher;
    private Set<String> definedTerms;

    /**
     * @param definedTerms acronyms the document defines, such as {@code TBA} for tert-butyl alcohol, which are terms
     *     there rather than markers
     */
    FillerMatcher(Set<String> definedTerms) {
        this(() -> definedTerms);
    }

    /**
     * @param definedTerms computes the acronyms the document defines; called at most once, and only when a marker
     *     shows up, since finding definitions costs more than all other filler checks together. An instance is
     *     therefore meant for one document on one thread.
     */
    FillerMatcher(Supplier<Set<String>> definedTerms) {
        this(definedTerms, Searcher.ANCHORED);
    }

    FillerMatcher(Supplier<Set<String>> definedTerms, Searcher searcher) {
        this.definedTermsSource = definedTerms;
        this.searcher = searcher;
    }

    private Set<String> definedTerms() {
        if (definedTerms == null) {
            definedTerms = Set.copyOf(definedTermsSource.get());
        }
        return definedTerms;
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        if (sketch.containsAny("orem", "OREM", "olor", "OLOR")) {
            Matcher lorem = LOREM.matcher(text);
            while (lorem.find()) {
                add(text, lorem.start(), lorem.end(), out);
            }
        }
        if (sketch.containsAny("TB", "TODO", "FIXME", "TKTK")) {
            AnchoredFind markers = searcher.find(MARKER, text, Anchors.occurrences(text, MARKER_STARTS));
            while (markers.find()) {
                Matcher marker = markers.matcher();
                if (!definedTerms().contains(marker.group())) {
                    add(text, marker.start(), marker.end(), out);
                }
            }
        }
        if (sketch.containsAny("XXX", "xxx")) {
            findXRuns(text, out);
        }
    }

    private static void findXRuns(String text, List<TextMatch> out) {
        Matcher xs = X_RUN.matcher(text);
        while (xs.find()) {
            boolean romanNumeral = xs.group().equals("XXX")
                    && NAME_BEFORE.matcher(text.substring(Math.max(0, xs.start() - 40), xs.start())).find();
            if (!romanNumeral) {
                add(text, xs.start(), xs.end(), out);
            }
        }
    }

    private static void add(String text, int start, int end, List<TextMatch> out) {
        out.add(new TextMatch(start, end, "Filler \"" + TextMatch.quote(text, start, end) + "\" left in text"));
    }
}
