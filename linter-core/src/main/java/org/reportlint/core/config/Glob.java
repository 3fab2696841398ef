package org.reportlint.core.config;

import java.util.regex.Pattern;

/**
 * A path glob as in {@code .gitignore}-style tools: {@code **} spans folders, {@code *} and {@code ?} stay within
 * one, {@code {a,b}} is a choice. Matched against {@code /}-separated relative paths. A glob without a {@code /}
 * matches the file name in any folder, as users expect from {@code *.html}.
 */
public final class Glob {
    private final String text;
    private final Pattern pattern;

    private Glob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    public static Glob of(String glob) {
        String normalized = glob.replace('\\', '/');
        if (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        if (!normalized.contains("/")) {
            normalized = "**/" + normalized;
        }
        return new Glob(glob, Pattern.compile(toRegex(normalized)));
    }

    public boolean matches(String relativePath) {
        return pattern.matcher(relativePath.replace('\\', '/')).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                braces++;
                regex.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                regex.append(')');
            } else if (c == ',' && braces > 0) {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
