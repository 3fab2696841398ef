package org.reportlint.rules.sharesum;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a share of the whole market ("market share", "revenue share", "Europe's share") from a share of something
 * inside each part ("online share by region", "EV share"), whose figures are each of a different whole and may add
 * up to anything.
 */
final class ShareQualifier {
    private static final Pattern WORD_BEFORE_SHARE = Pattern.compile(
            "(?i)(\\p{L}[\\p{L}\\-]*(?:['\u2019]s?)?)\\s+shares?\\b");
    /** Words that say what the whole is, or how large a share is, rather than naming a sub-category. */
    private static final Set<String> OF_THE_WHOLE = Set.of("market", "revenue", "revenues", "value", "volume",
            "unit", "units", "sales", "global", "total", "overall", "regional", "segment", "segmental", "segment-wise",
            "company", "player", "vendor", "brand", "percentage", "percent", "estimated", "approximate", "largest",
            "leading", "dominant", "highest", "high", "major", "biggest", "substantial", "significant", "notable",
            "considerable", "sizable", "sizeable", "larger", "big", "large", "greatest", "maximum", "lowest",
            "smaller", "small", "combined", "a", "an", "the", "its", "their", "his", "her", "this", "that", "of",
            "and", "by", "with", "in", "held", "holds", "hold", "holding", "captured", "captures", "commanded",
            "commands", "had", "has", "have", "accounted", "gained", "registered", "represented", "recorded",
            "garnered", "occupied", "dominated", "contributed", "key", "type", "application", "country",
            "country-wise", "region-wise", "region", "geographic", "geographical", "remaining", "current", "same");

    private ShareQualifier() {
    }

    /**
     * Whether the text speaks of a share qualified by a sub-category ("online share"), which is not a share of the
     * whole. A possessive ("Europe's share") names the part and is a share of the whole.
     */
    static boolean isQualified(String text) {
        Matcher m = WORD_BEFORE_SHARE.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (!word.endsWith("'s") && !word.endsWith("\u2019s") && !word.endsWith("'") && !word.endsWith("\u2019")
                    && !OF_THE_WHOLE.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
