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
            Matcher m = PERCENT.matcher(block.text());
            while (m.find()) {
                if (++seen >= 2) {
                    return true;
                }
            }
        }
        return false;
    }
}
