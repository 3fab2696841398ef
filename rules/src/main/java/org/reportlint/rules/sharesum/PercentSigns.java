package org.reportlint.rules.sharesum;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.core.document.Document;
import org.reportlint.core.document.TextBlock;

/** A cheap look for percentages in a document's prose, before any figure is parsed. */
final class PercentSigns {
    private static final Pattern PERCENT = Pattern.compile("%|(?i:per\\s?cent)");

    private PercentSigns() {
    }

    /** Whether the prose has at least two percent signs or words, the least a sum of shares needs. */
    static boolean atLeastTwo(Document document) {
        int seen = 0;
        for (TextBlock block : document.blocks()) {
            String text = block.text();
            Matcher m = PERCENT.matcher(text);
            // Tried only at a "%" or a "p": at every other offset the pattern cannot match.
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c == '%' || c == 'p' || c == 'P') && m.region(i, text.length()).lookingAt()) {
                    if (++seen >= 2) {
                        return true;
                    }
                    i = m.end() - 1;
                }
            }
        }
        return false;
    }
}
