package org.reportlint.core.files;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path glob compiled to a regular expression over {@code /}-separated relative paths.
 *
 * <p>{@code *} and {@code ?} stay within one path segment, {@code **} crosses segments, {@code **}{@code /} also
 * matches no folder at all (so {@code **}{@code /*.html} matches {@code a.html}), {@code [abc]} and {@code [!abc]}
 * are character classes, {@code {html,md}} are alternatives and a backslash escapes the next character.
 */
public final class Glob {
    private final String glob;
    private final Pattern pattern;

    private Glob(String glob, Pattern pattern) {
        this.glob = glob;
        this.pattern = pattern;
    }

    static Glob compile(String glob) {
        return new Glob(glob, Pattern.compile(toRegex(glob)));
    }

    /**
     * A glob as users write it in configuration: a leading {@code ./} is dropped, and a glob without a {@code /}
     * matches the file name in any folder, as {@code .gitignore} does ({@code *.md} matches {@code a/b.md}).
     */
    public static Glob of(String userGlob) {
        String glob = userGlob.replace('\\', '/');
        while (glob.startsWith("./")) {
            glob = glob.substring(2);
        }
        return new Glob(userGlob, Pattern.compile(toRegex(glob.contains("/") ? glob : "**/" + glob)));
    }

    /**
     * Why a glob as users write it in configuration cannot be used, or empty when it can: an unclosed {@code [} or
     * {@code {}, a {@code }} without its {@code {}, or no glob at all. Matching such a glob would silently choose
     * other files than meant ({@link #of} reads an unclosed bracket as a plain character).
     */
    public static Optional<String> problem(String userGlob) {
        if (userGlob.isBlank()) {
            return Optional.of("an empty glob matches no file");
        }
        String glob = userGlob.replace('\\', '/');
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '[') {
                int end = glob.indexOf(']', i + 2);
                if (end < 0) {
                    return Optional.of("unclosed [ at character " + (i + 1));
                }
                i = end;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                if (braces == 0) {
                    return Optional.of("} at character " + (i + 1) + " closes no {");
                }
                braces--;
            }
        }
        return braces > 0 ? Optional.of("unclosed { (" + braces + " left open)") : Optional.empty();
    }

    /** Whether the whole relative path matches. */
    public boolean matches(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return glob;
    }

    static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
                        while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                            i++;
                        }
                        if (segmentStart && i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                            regex.append("(?:.*/)?");
                            i++;
                        } else {
                            regex.append(".*");
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> i = appendClass(glob, i, regex);
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        regex.append(')');
                    } else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        i++;
                        regex.append(Pattern.quote(String.valueOf(glob.charAt(i))));
                    } else {
                        regex.append("\\\\");
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // An unclosed brace would make an invalid expression: close it, the glob was lenient input.
        regex.append(")".repeat(braces));
        return regex.toString();
    }

    /** Appends a character class that starts at {@code start}; returns the index of its closing bracket. */
    private static int appendClass(String glob, int start, StringBuilder regex) {
        int end = glob.indexOf(']', start + 2);
        if (end < 0) {
            regex.append("\\[");
            return start;
        }
        String body = glob.substring(start + 1, end);
        boolean negated = body.startsWith("!") || body.startsWith("^");
        if (negated) {
            body = body.substring(1);
        }
        regex.append('[').append(negated ? "^/" : "");
        for (char c : body.toCharArray()) {
            if (c == '\\' || c == '[' || c == ']' || c == '&' || c == '^') {
                regex.append('\\');
            }
            regex.append(c);
        }
        regex.append(']');
        return end;
    }
}
