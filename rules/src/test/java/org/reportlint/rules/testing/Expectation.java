package org.reportlint.rules.testing;

/**
 * One finding a fixture expects: on {@code line}, rule {@code rule} flags exactly {@code text}, and when {@code
 * message} is given, says exactly that.
 *
 * @param line the 1-based line the finding starts on
 * @param rule the rule id
 * @param text the exact source text the finding's range covers
 * @param message the exact message, or null when the fixture does not pin it
 */
record Expectation(int line, String rule, String text, String message) {

    /** Whether {@code actual}, a finding seen as an expectation with its message, is this one. */
    boolean matches(Expectation actual) {
        return line == actual.line && rule.equals(actual.rule) && text.equals(actual.text)
                && (message == null || message.equals(actual.message));
    }

    @Override
    public String toString() {
        return line + ": " + rule + " \"" + text + "\"" + (message == null ? "" : " \"" + message + "\"");
    }
}
