package org.reportlint.core.files;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code .gitignore} pattern turned into a regular expression, as git's {@code wildmatch} reads it with
 * {@code WM_PATHNAME}: {@code *} and {@code ?} stay within a path segment; {@code **} is "any folders" only as a whole
 * segment ({@code **}{@code /x}, {@code x/**}, {@code a/**}{@code /b}), elsewhere it is a plain {@code *}; a bracket
 * expression never matches {@code /}; a backslash makes the next character literal. Braces are literal: git has no
 * {@code {a,b}}, unlike the configuration's globs.
 */
final class GitWildmatch {
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("blank", " \\t"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "0-9"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("lower", "a-z"), Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\s"), Map.entry("upper", "A-Z"), Map.entry("xdigit", "0-9A-Fa-f"));

    private GitWildmatch() {
    }

    /**
     * The expression for a pattern without its {@code !}, leading and trailing {@code /}; empty when git would never
     * match it (a trailing lone backslash, an unclosed {@code [}).
     */
    static Optional<Pattern> compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 == n) {
                        return Optional.empty();
                    }
                    regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                }
                case '?' -> regex.append("[^/]");
                case '*' -> {
                    int stars = i;
                    while (i + 1 < n && pattern.charAt(i + 1) == '*') {
                        i++;
                    }
                    boolean double_ = i > stars;
                    boolean segmentStart = stars == 0 || pattern.charAt(stars - 1) == '/';
                    boolean segmentEnd = i + 1 == n || pattern.charAt(i + 1) == '/';
                    if (double_ && segmentStart && segmentEnd) {
                        if (i + 1 == n) {
                            regex.append(".*");
                        } else {
                            regex.append("(?:.*/)?");
                            i++;
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '[' -> {
                    int end = appendBracket(pattern, i, regex);
                    if (end < 0) {
                        return Optional.empty();
                    }
                    i = end;
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        try {
            return Optional.of(Pattern.compile(regex.toString(), Pattern.DOTALL));
        } catch (java.util.regex.PatternSyntaxException reversedRange) {
            return Optional.empty(); // such as [z-a], which git's wildmatch never matches either
        }
    }

    /** Appends the bracket expression starting at {@code start}; returns the index of its {@code ]}, or -1. */
    private static int appendBracket(String pattern, int start, StringBuilder regex) {
        int n = pattern.length();
        int i = start + 1;
        boolean negated = i < n && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^');
        if (negated) {
            i++;
        }
        StringBuilder body = new StringBuilder();
        boolean first = true;
        for (; i < n; i++, first = false) {
            char c = pattern.charAt(i);
            if (c == ']' && !first) {
                regex.append(negated ? "[^/" : "(?![/])[").append(body).append(']');
                return i;
            }
            if (c == '[' && i + 1 < n && pattern.charAt(i + 1) == ':') {
                int close = pattern.indexOf(":]", i + 2);
                String name = close < 0 ? null : CLASSES.get(pattern.substring(i + 2, close));
                if (name != null) {
                    body.append(name);
                    i = close + 1;
                    continue;
                }
            }
            if (c == '\\') {
                if (++i == n) {
                    return -1;
                }
                c = pattern.charAt(i);
            }
            if (i + 2 < n && pattern.charAt(i + 1) == '-' && pattern.charAt(i + 2) != ']') {
                char to = pattern.charAt(i + 2);
                int next = i + 2;
                if (to == '\\' && i + 3 < n) {
                    to = pattern.charAt(i + 3);
                    next = i + 3;
                }
                body.append(literal(c)).append('-').append(literal(to));
                i = next;
                continue;
            }
            body.append(literal(c));
        }
        return -1;
    }

    private static String literal(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
