package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportlint.core.document.TextBlock;
import org.reportlint.core.rule.OptionSpec;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.Rule;
import org.reportlint.core.rule.RuleContext;
import org.reportlint.core.rule.RuleMetadata;
import org.reportlint.core.rule.RuleOptions;
import org.reportlint.core.rule.Severity;
import org.reportlint.core.source.TextRange;

/**
 * Reports template values that were never filled in and dummy content: masked figures, stand-in names, unrendered
 * template syntax, filler and empty slots.
 *
 * <p>The rule scans the visible text of every block and the attribute values readers see with every matcher, other
 * attribute values (links, sources) for template syntax only, and start tags that are slot names an HTML parser
 * swallowed ({@code <Market Name>}); it reports the longest of any overlapping matches, so {@code Technology A - x%}
 * is one finding, not two. Every matcher prefers precision: a form that prose also produces is not flagged.
 */
public final class PlaceholderRule implements Rule {
    static final RuleMetadata METADATA = RuleMetadata.builder("placeholder")
            .summary("Template values never filled in, and dummy content")
            .description("Flags what a template or a writer left for later: figures masked next to a currency, "
                    + "percent, unit or magnitude ($xxx million, XX%, xx.x%, USD XX billion, $__, $###, ??%, "
                    + "[\u25CF] million, N%, ***** million, 20XX), stand-in names (Company A, Vendor X, John Doe), "
                    + "unrendered template syntax ({{ name }}, ${var}, [Insert company], %s) and slot names left in "
                    + "brackets of any kind and casing ([CAGR], <Market Name>, {Company}, <<name>>, $[value]), "
                    + "filler (lorem ipsum, TBD, TODO) and slots rendered empty, with or without a currency or "
                    + "percent sign left (valued at USD billion, a CAGR of % from to 2030, a value of  billion, "
                    + "a CAGR of  during, In , the market, the  segment led). A mask needs a figure beside it, so "
                    + "star ratings (rated *****), Roman numerals, model numbers and names such as XXL, x86, "
                    + "iPhone X, Gen-X, Series A or Plan B are not placeholders; bracketed text counts only when "
                    + "every word of it names a slot, so citations ([1], [citation needed]), editorial insertions "
                    + "([the company]), comparisons (<5%) and addresses are not. When a case is ambiguous, such "
                    + "as a single X before a count (former X users), the rule does not flag it. A real name that "
                    + "looks like a stand-in (a company called Company A Ltd) goes on an accept list of the "
                    + "config's vocabularies, or in the allow option: a finding whose text lies inside an accepted "
                    + "term's occurrence is not reported.")
            .severity(Severity.ERROR)
            .fixable(false)
            .recommended(true)
            .example("<p>The market is estimated at $xxx million, led by Company A and Company B.</p>",
                    "<p>The market is estimated at $412 million, led by Umicore and Li-Cycle.</p>")
            .option("extraPatterns", OptionSpec.Type.STRING_LIST, List.of(),
                    "More placeholder patterns to flag, as RE2 regular expressions.")
            .option("allow", OptionSpec.Type.STRING_LIST, List.of(),
                    "Literal strings never flagged, such as a real company called Company X Ltd.")
            .build();
    private static final OptionSpec EXTRA_PATTERNS = METADATA.options().get(0);
    private static final OptionSpec ALLOW = METADATA.options().get(1);
    private static final PlaceholderMatcher IN_ATTRIBUTES = TemplateSyntaxMatcher.forAttributes();
    private static final Comparator<TextMatch> EARLIEST_THEN_LONGEST = Comparator.comparingInt(TextMatch::start)
            .thenComparing(Comparator.comparingInt(TextMatch::end).reversed());

    private final List<PlaceholderMatcher> builtIn;
    private final Searcher searcher;

    public PlaceholderRule() {
        this(Searcher.ANCHORED);
    }

    /** A rule whose matchers search as {@code searcher} says: tests count their work with it. */
    PlaceholderRule(Searcher searcher) {
        this.searcher = searcher;
        this.builtIn = List.of(new MaskedNumberMatcher(searcher), new DummyEntityMatcher(searcher),
                TemplateSyntaxMatcher.forText(searcher), new BracketedSlotMatcher(searcher),
                new EmptySlotMatcher(searcher),
                new BareSlotMatcher(searcher));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Stand-in names have real namesakes (Company A Ltd); a team lists those once in an accept list. */
    @Override
    public boolean honoursAcceptedTerms() {
        return true;
    }

    @Override
    public Map<String, String> validateOptions(RuleOptions options) {
        try {
            ExtraPatternMatcher.compile(options.getStrings(EXTRA_PATTERNS));
            return Map.of();
        } catch (IllegalArgumentException invalid) {
            return Map.of(EXTRA_PATTERNS.name(), invalid.getMessage());
        }
    }

    @Override
    public void check(RuleContext context) {
        // Compiled per call: options differ between files, and the rule keeps no state between them.
        ExtraPatternMatcher extra = ExtraPatternMatcher.compile(context.options().getStrings(EXTRA_PATTERNS));
        AllowList allow = new AllowList(context.options().getStrings(ALLOW));
        List<PlaceholderMatcher> matchers = new ArrayList<>(builtIn);
        matchers.add(new FillerMatcher(() -> AcronymDefinitions.in(context.document().blocks().stream()
                .map(TextBlock::text).collect(Collectors.joining("\n"))), searcher));
        if (!extra.isEmpty()) {
            matchers.add(extra);
        }
        // Code blocks are not among the document's texts, and inline code is marked in them; attribute values are
        // raw source, so those inside code elements are found by range.
        CodeRegions codeElements = CodeRegions.of(context.document());
        reportSlotTags(context, codeElements, allow);
        for (ScannedText scanned : ScannedText.of(context.document())) {
            List<TextMatch> found = new ArrayList<>();
            // Sketched once for all matchers: each rules out most of its scans with it.
            TextSketch sketch = TextSketch.of(scanned.text());
            for (PlaceholderMatcher matcher : scanned.shown() ? matchers : List.of(IN_ATTRIBUTES)) {
                matcher.find(sketch, found);
            }
            if (found.isEmpty()) {
                continue;
            }
            AllowList.InText allowed = allow.in(scanned.text());
            found.removeIf(allowed::allows);
            for (TextMatch match : longestOfOverlapping(found)) {
                TextRange range = scanned.sourceRange(match.start(), match.end());
                if (!scanned.isCode(match.start(), match.end()) && !codeElements.contains(range)) {
                    context.report(Problem.at(range, match.message()));
                }
            }
        }
    }

    /** Reports slots such as {@code <Market Name>} that the HTML parser read as tags, so no block holds them. */
    private static void reportSlotTags(RuleContext context, CodeRegions codeElements, AllowList allow) {
        for (TextRange tag : SlotTags.in(context.document())) {
            String written = context.document().text(tag);
            TextMatch whole = new TextMatch(0, written.length(),
                    "Unrendered template syntax \"" + TextMatch.quote(written, 0, written.length()) + "\"");
            if (!codeElements.contains(tag) && !allow.allows(written, whole)) {
                context.report(Problem.at(tag, whole.message()));
            }
        }
    }

    /** Keeps, of matches that overlap, the one that starts first and, among those, the longest. */
    static List<TextMatch> longestOfOverlapping(List<TextMatch> matches) {
        List<TextMatch> sorted = new ArrayList<>(matches);
        sorted.sort(EARLIEST_THEN_LONGEST);
        List<TextMatch> kept = new ArrayList<>();
        int keptEnd = -1;
        for (TextMatch match : sorted) {
            if (match.start() >= keptEnd) {
                kept.add(match);
                keptEnd = match.end();
            }
        }
        return kept;
    }
}
