package org.reportlint.rules.placeholder;

import java.util.List;

/**
 * The literal strings the {@code allow} option exempts, such as a real company called {@code Company X Ltd}: a match
 * inside an occurrence of one, or covering one, is dropped.
 */
final class AllowList {
    private final List<String> literals;

    AllowList(List<String> literals) {
        this.literals = literals.stream().filter(literal -> !literal.isEmpty()).toList();
    }

    /** Whether {@code match} concerns an allowed literal in {@code text}. */
    boolean allows(String text, TextMatch match) {
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                int end = at + literal.length();
                if (match.within(at, end) || (at >= match.start() && end <= match.end())) {
                    return true;
                }
            }
        }
        return false;
    }
}
