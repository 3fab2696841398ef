package org.reportlint.rules.placeholder;

/**
 * Counts the steps a matcher takes (start positions tried, occurrences looked up), so tests can check that the work
 * grows linearly with the input without timing it. The rule itself counts nothing.
 */
@FunctionalInterface
interface Work {
    Work NONE = steps -> {
    };

    void add(long steps);
}
