package org.reportlint.rules.sharesum;

import java.util.regex.Pattern;

/**
 * Tells the two levels of place a report divides a market by: world regions ({@code Asia Pacific}, {@code Europe})
 * and countries ({@code China}, {@code Germany}). A group naming both may count a country inside its region twice,
 * so it is not read as one whole.
 */
final class Geography {
    private static final Pattern REGION = Pattern.compile("(?i)\\b(?:north(?:ern)?\\s+america|south(?:ern)?\\s+america"
            + "|latin\\s+america|central\\s+america|(?:western|eastern|central|northern|southern)?\\s*europe"
            + "|asia[\\s-]*pacific|apac|asia|(?:south|southeast|south-east|east|central)\\s+asia|middle\\s+east"
            + "|africa|mea|emea|latam|oceania|americas|nordics?|benelux|gcc)\\b");
    private static final Pattern COUNTRY = Pattern.compile("(?i)\\b(?:united\\s+states|u\\.s\\.a?\\.?|usa|canada"
            + "|mexico|brazil|argentina|chile|colombia|peru|united\\s+kingdom|u\\.k\\.|germany|france|italy|spain"
            + "|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|russia|turkey|ireland"
            + "|portugal|greece|china|japan|india|south\\s+korea|korea|taiwan|indonesia|thailand|vietnam|malaysia"
            + "|philippines|singapore|australia|new\\s+zealand|saudi\\s+arabia|uae|united\\s+arab\\s+emirates|israel"
            + "|qatar|egypt|nigeria|south\\s+africa|kenya|pakistan|bangladesh)(?![\\p{L}])");
    /** Codes that are words too in lower case ("us"), so matched as capitals only. */
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\b(?:US|UK)\\b");

    /** Labels that stand for the places not named, beside named regions or countries. */
    private static final Pattern REMAINDER = Pattern.compile(
            "(?i)\\b(?:rest|others?|remaining|remainder|row|elsewhere)\\b");

    private Geography() {
    }

    /** Whether a part's label names a region or a country. */
    static boolean isPlace(String label) {
        return REGION.matcher(label).find() || COUNTRY.matcher(label).find() || COUNTRY_CODE.matcher(label).find();
    }

    /**
     * Whether some labels name places and others name neither a place nor the rest of the places: "Asia Pacific"
     * beside "Hand widgets" is a region beside a segment, two wholes in one list of highlights.
     */
    static boolean mixesPlacesWithOtherParts(java.util.List<String> labels) {
        boolean place = false;
        boolean other = false;
        for (String label : labels) {
            if (isPlace(label)) {
                place = true;
            } else if (!label.isBlank() && !REMAINDER.matcher(label).find()) {
                other = true;
            }
        }
        return place && other;
    }

    /** Whether the text names both a world region and a country. */
    static boolean mixesLevels(String text) {
        // "South Africa" and "South Korea" are countries, not the regions their first word would start.
        String regions = COUNTRY.matcher(text).replaceAll(" ");
        return REGION.matcher(regions).find() && (COUNTRY.matcher(text).find()
                || COUNTRY_CODE.matcher(text).find());
    }
}
