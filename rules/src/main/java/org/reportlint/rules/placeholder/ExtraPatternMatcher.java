package org.reportlint.rules.placeholder;

import java.util.ArrayList;
import java.util.List;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Finds what the user's {@code extraPatterns} match. The patterns are RE2 syntax, compiled with RE2/J, so a pattern
 * from a configuration file runs in linear time whatever text it meets.
 */
final class ExtraPatternMatcher implements PlaceholderMatcher {
    private final List<Pattern> patterns;

    private ExtraPatternMatcher(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * Compiles the patterns.
     *
     * @throws IllegalArgumentException naming the first pattern that is not valid RE2 syntax, and why
     */
    static ExtraPatternMatcher compile(List<String> sources) {
        List<Pattern> compiled = new ArrayList<>();
        for (String source : sources) {
            try {
                compiled.add(Pattern.compile(source));
            } catch (PatternSyntaxException invalid) {
                throw new IllegalArgumentException("invalid pattern \"" + source + "\": " + invalid.getDescription(),
                        invalid);
            }
        }
        return new ExtraPatternMatcher(compiled);
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    @Override
    public void find(TextSketch sketch, List<TextMatch> out) {
        String text = sketch.text();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                // A pattern that can match nothing must not report empty ranges.
                if (matcher.end() > matcher.start()) {
                    out.add(new TextMatch(matcher.start(), matcher.end(), "Placeholder \""
                            + TextMatch.quote(text, matcher.start(), matcher.end()) + "\" left in text"));
                }
            }
        }
    }
}
