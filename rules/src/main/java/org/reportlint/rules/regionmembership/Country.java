package org.reportlint.rules.regionmembership;

/**
 * A country or area of the UN M49 standard with where M49 places it.
 *
 * @param name the name the rule uses in messages
 * @param region the M49 region, such as {@code Asia}
 * @param subRegion the M49 sub-region, such as {@code Eastern Asia}; {@code -} where M49 has none
 * @param intermediateRegion the M49 intermediate region, such as {@code South America}; {@code -} where none
 */
record Country(String name, String region, String subRegion, String intermediateRegion) {

    /** Whether M49 puts this country in the region, sub-region or intermediate region called {@code area}. */
    boolean isIn(String area) {
        return area.equals(region) || area.equals(subRegion) || area.equals(intermediateRegion);
    }
}
