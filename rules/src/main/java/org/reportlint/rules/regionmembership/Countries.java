package org.reportlint.rules.regionmembership;

/**
 * Whether a place name is a country, by the UN M49 table {@code region-membership} ships (every country and area,
 * with the other names reports give it), for rules that need to tell a country from a region without a table of
 * their own.
 */
public final class Countries {

    private Countries() {
    }

    /** Whether {@code name} (any case, any spelling the table lists: {@code US}, {@code Korea}) is a country. */
    public static boolean isCountry(String name) {
        return Geography.shipped().country(name).isPresent();
    }
}
