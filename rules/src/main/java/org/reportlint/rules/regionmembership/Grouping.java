package org.reportlint.rules.regionmembership;

import java.util.Set;

/**
 * A region or grouping reports list countries under, such as {@code Asia Pacific} or {@code GCC}, with the
 * countries it accepts.
 *
 * @param name the name used in messages
 * @param members the names of the countries it accepts
 * @param core the members it has by M49 area rather than as a country named on its own, such as Russia, which
 *     Asia Pacific accepts but is not where a message should say Russia is
 * @param anyCountry whether it accepts every country ({@code Rest of the World})
 * @param home whether messages name this grouping as where a misplaced country is
 */
record Grouping(String name, Set<String> members, Set<String> core, boolean anyCountry, boolean home) {

    Grouping {
        members = Set.copyOf(members);
        core = Set.copyOf(core);
    }

    boolean accepts(Country country) {
        return anyCountry || members.contains(country.name());
    }
}
