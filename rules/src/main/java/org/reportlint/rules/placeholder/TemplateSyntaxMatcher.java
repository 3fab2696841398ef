package org.reportlint.rules.placeholder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template syntax that reached the reader unrendered: Mustache and Jinja ({@code {{ name }}}, {@code {% if %}}),
 * {@code ${var}}, ERB and JSP ({@code <%= x %>}), wiki-style {@code [[name]]}, bracketed prompts ({@code [Insert
 * company]}, {@code [Company Name]}), printf conversions ({@code %s}, {@code %d}) and indexed slots ({@code {0}}).
 *
 * <p>Every pattern stays on one line and has a length cap, so a stray brace cannot swallow a paragraph.
 */
final class TemplateSyntaxMatcher implements PlaceholderMatcher {
    /** Syntax with its own delimiters, unmistakable even inside a URL or another attribute value. */
    private static final String DELIMITED = String.join("|",
            "\\{\\{\\{?[^{}\\n]{0,100}\\}\\}\\}?",
            "\\{%[^\\n]{0,200}?%\\}",
            "\\{#[^\\n]{0,200}?#\\}",
            "\\$\\{[^{}\\n]{1,80}\\}",
            "<%[=\\-#]?[^\\n]{0,200}?%>",
            "\\[\\[[^\\[\\]\\n]{1,60}\\]\\]");
    private static final Pattern DELIMITED_ONLY = Pattern.compile(DELIMITED);
    private static final Pattern TEMPLATE = Pattern.compile(String.join("|", DELIMITED,
            // Upper snake case only: [COMPANY_NAME], {MARKET_SIZE}, %REPORT_YEAR%.
            "\\[[A-Z]+(?:_[A-Z0-9]+)+\\]",
            "(?<![\\w^_$])\\{[A-Z]+(?:_[A-Z0-9]+)+\\}",
            "(?<![\\w%])%[A-Z]+(?:_[A-Z0-9]+)+%(?!\\w)",
            // Indexed and named format slots; not after ^ or _ (a LaTeX exponent or index) or \\ (a regex count).
            "(?<![\\w^_$\\\\])\\{(?:\\d{1,2}|[a-z]+(?:_[a-z0-9]+)+|name|company|market|year|value|date|region|country"
                    + "|product|title|brand|amount|cagr|size|client|vendor)\\}",
            "(?<![\\w%])%(?:\\d+\\$)?[-+0#]?\\d*(?:\\.\\d+)?[sdf](?!\\w)"));
    /** Bracketed prompts to the writer; a Markdown link or reference ({@code [Name](url)}, {@code [Name]:}) is not. */
    private static final Pattern PROMPT = Pattern.compile(
            "\\[(?:(?i:insert|enter|add|your)\\b[^\\[\\]\\n]{0,60}"
                    + "|(?:(?:Company|Client|Customer|Product|Brand|Vendor|Market|Region|Country|Author|Contact|First"
                    + "|Last|Full|Organi[sz]ation|Business|Report|Competitor)\\s)?"
                    + "(?:Name|Date|Year|Value|Amount|Number|Title|Link|URL|Email|Phone|Address))\\](?![(:\\[])");

    /** What may follow a {@code %} that starts a conversion or an upper snake case name. */
    private static final String AFTER_PERCENT = "sdf.-+#$0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final boolean delimitedOnly;
    private final Searcher searcher;

    private TemplateSyntaxMatcher(boolean delimitedOnly, Searcher searcher) {
        this.delimitedOnly = delimitedOnly;
        this.searcher = searcher;
    }

    /** A matcher for text a reader sees, where every form counts. */
    static TemplateSyntaxMatcher forText() {
        return forText(Searcher.ANCHORED);
    }

    static TemplateSyntaxMatcher forText(Searcher searcher) {
        return new TemplateSyntaxMatcher(false, searcher);
    }

    /**
     * A matcher for attribute values such as links, where only delimited syntax counts: {@code %2f} in a URL is an
     * escaped slash, not a printf conversion.
     */
    static TemplateSyntaxMatcher forAttributes() {
        return forAttributes(Searcher.ANCHORED);
    }

    static TemplateSyntaxMatcher forAttributes(Searcher searcher) {
        return new TemplateSyntaxMatcher(true, searcher);
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        // Every form starts with a brace, a bracket, ${, <% or a % that could start a conversion rather than end a
        // percentage: most blocks have none of these, and are spared the patterns.
        if (!sketch.mayHold('[') && !sketch.mayHold('{') && !sketch.mayHold("${") && !sketch.mayHold("<%")
                && (delimitedOnly || !sketch.mayHold('%'))) {
            return;
        }
        Starts brackets = new Starts(text.length());
        Anchors.occurrences(text, '[', brackets);
        Starts starts = new Starts(text.length());
        Anchors.occurrences(text, '[', starts);
        Anchors.occurrences(text, '{', starts);
        addBefore(text, '$', "{", starts);
        addBefore(text, '<', "%", starts);
        if (!delimitedOnly) {
            addBefore(text, '%', AFTER_PERCENT, starts);
        }
        if (starts.isEmpty()) {
            return;
        }
        if (delimitedOnly) {
            addAll(searcher.find(DELIMITED_ONLY, text, starts), text, out);
        } else {
            addAll(searcher.find(TEMPLATE, text, starts), text, out);
            addAll(searcher.find(PROMPT, text, brackets), text, out);
        }
    }

    /** Adds where {@code c} occurs followed by one of the characters {@code next}. */
    private static void addBefore(String text, char c, String next, Starts starts) {
        for (int at = text.indexOf(c); at >= 0 && at + 1 < text.length(); at = text.indexOf(c, at + 1)) {
            if (next.indexOf(text.charAt(at + 1)) >= 0) {
                starts.add(at);
            }
        }
    }

    private static void addAll(AnchoredFind search, String text, List<TextMatch> out) {
        while (search.find()) {
            Matcher matcher = search.matcher();
            out.add(new TextMatch(matcher.start(), matcher.end(),
                    "Unrendered template syntax \"" + TextMatch.quote(text, matcher.start(), matcher.end()) + "\""));
        }
    }
}
