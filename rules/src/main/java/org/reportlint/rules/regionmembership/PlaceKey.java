package org.reportlint.rules.regionmembership;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which place names are compared: lower case without accents, {@code &} as {@code and}, periods,
 * apostrophes, commas and brackets gone, hyphens and slashes as spaces, and no leading {@code the}. So
 * {@code U.S.}, {@code US} and {@code the US} agree, as do {@code Türkiye} and {@code Turkiye},
 * {@code Asia-Pacific} and {@code Asia Pacific}, {@code Korea, Republic of} and {@code Korea Republic of}.
 */
final class PlaceKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2019\u2018`,()\\[\\]\"\u201c\u201d*]");
    private static final Pattern SPACED = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014/_]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0]+");

    private PlaceKey() {
    }

    static String of(String text) {
        String key = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        key = key.toLowerCase(Locale.ROOT).replace("&", " and ");
        key = DROPPED.matcher(key).replaceAll("");
        key = SPACED.matcher(key).replaceAll(" ");
        key = WHITESPACE.matcher(key).replaceAll(" ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }
}
