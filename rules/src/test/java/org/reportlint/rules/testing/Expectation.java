package org.reportlint.rules.testing;

/**
 * One finding a fixture expects: on {@code line}, rule {@code rule} flags exactly {@code text}.
 *
 * @param line the 1-based line the finding starts on
 * @param rule the rule id
 * @param text the exact source text the finding's range covers
 */
record Expectation(int line, String rule, String text) {

    @Override
    public String toString() {
        return line + ": " + rule + " \"" + text + "\"";
    }
}
