package org.reportlint.core.custom;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.rule.Problem;
import org.reportlint.core.rule.RuleContext;

/**
 * {@code capitalization}: each text in scope (headings unless configured) in {@code title} case (every word
 * capitalised except short function words inside the text) or {@code sentence} case (only the first word and proper
 * words capitalised). Words in {@code exceptions} are accepted as written, and words with no lower-case letter
 * (acronyms: GDP, APAC) or a capital after the first letter (iPhone, McKinsey) are taken as names either way. One
 * finding per text, at the first word that breaks the style; message arguments: the text, then the style.
 */
public final class CapitalizationRule extends CustomRule {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
            "as", "at", "by", "in", "of", "on", "to", "up", "via", "vs", "per", "from", "into", "with");

    /** The two styles a rule can ask for. */
    public enum Style {
        TITLE("Title Case"), SENTENCE("Sentence case");

        private final String shown;

        Style(String shown) {
            this.shown = shown;
        }
    }

    private final Style style;
    private final Set<String> exceptions;

    public CapitalizationRule(Common common, Style style, Set<String> exceptions) {
        super(common);
        this.style = style;
        this.exceptions = Set.copyOf(exceptions);
    }

    @Override
    public String kind() {
        return "capitalization";
    }

    @Override
    protected List<String> details() {
        return List.of("Style: " + style.shown, "Exceptions: " + String.join(", ", exceptions.stream().sorted().toList()));
    }

    @Override
    public void check(RuleContext context) {
        for (Region region : regions(context.document())) {
            Matcher word = WORD.matcher(region.text());
            int index = 0;
            String text = region.text().strip();
            while (word.find()) {
                String w = word.group();
                boolean first = index++ == 0;
                boolean last = word.end() >= region.text().stripTrailing().length();
                if (!region.admits(word.start(), word.end()) || accepted(w, first, last)) {
                    continue;
                }
                context.report(Problem.at(region.source(word.start(), word.end()),
                        message().format(text, style.shown)));
                break;
            }
        }
    }

    private boolean accepted(String word, boolean first, boolean last) {
        if (exceptions.contains(word) || isName(word)) {
            return true;
        }
        boolean capital = Character.isUpperCase(word.charAt(0));
        if (first) {
            return capital;
        }
        if (style == Style.SENTENCE) {
            return !capital;
        }
        return capital || (!last && MINOR.contains(word));
    }

    /** No lower-case letter (GDP), or a capital after the first letter (iPhone, McKinsey): written as a name. */
    private static boolean isName(String word) {
        if (word.chars().noneMatch(Character::isLowerCase)) {
            return true;
        }
        return word.substring(1).chars().anyMatch(Character::isUpperCase);
    }
}
