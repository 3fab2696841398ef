package org.reportlint.rules.generatorleftover;

/**
 * The ASCII characters a regular expression's match can begin with, when compiled with {@link LeftoverForm#FLAGS},
 * read from the expression as written. It knows literals, escapes, classes, groups, alternatives, lookarounds and
 * quantifiers; on anything else, or where a match could be empty, it answers every character. Characters that are not
 * ASCII are not its business: the caller counts them all as possible.
 */
final class FirstCharacters {
    private static final int ASCII = 128;

    private final String regex;
    private int at;

    private FirstCharacters(String regex) {
        this.regex = regex;
    }

    /** The ASCII characters a match of {@code regex} can begin with: a table with an entry for each. */
    static boolean[] of(String regex) {
        boolean[] first = new boolean[ASCII];
        FirstCharacters reader = new FirstCharacters(regex);
        try {
            boolean empty = reader.alternatives(first);
            if (!empty && reader.at == regex.length()) {
                return first;
            }
        } catch (Unknown | IndexOutOfBoundsException unreadable) {
            // Every character then.
        }
        boolean[] every = new boolean[ASCII];
        java.util.Arrays.fill(every, true);
        return every;
    }

    /** Thrown on syntax this reader does not know. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** Reads alternatives up to a closing parenthesis or the end; adds their first characters; true if one may be empty. */
    private boolean alternatives(boolean[] first) {
        boolean empty = sequence(first);
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            empty |= sequence(first);
        }
        return empty;
    }

    /**
     * Reads one alternative; adds the first characters of its items up to the first that cannot be empty, and
     * reads past the rest; true if the whole may be empty.
     */
    private boolean sequence(boolean[] first) {
        boolean empty = true;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            boolean[] itemFirst = new boolean[ASCII];
            boolean itemEmpty = item(itemFirst);
            itemEmpty |= quantifierMayRepeatZeroTimes();
            if (empty) {
                for (int c = 0; c < ASCII; c++) {
                    first[c] |= itemFirst[c];
                }
                empty = itemEmpty;
            }
        }
        return empty;
    }

    /** Reads one item without its quantifier; adds its first characters; true if it may match nothing. */
    private boolean item(boolean[] first) {
        char c = regex.charAt(at++);
        switch (c) {
            case '(':
                return group(first);
            case '[':
                charClass(first);
                return false;
            case '\\':
                return escape(first, false);
            case '.', '^', '$', '*', '+', '?', '{', ')', '|', ']', '}':
                throw new Unknown();
            default:
                literal(first, c);
                return false;
        }
    }

    private boolean group(boolean[] first) {
        boolean lookaround = false;
        if (regex.charAt(at) == '?') {
            if (regex.startsWith("?:", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else {
                throw new Unknown();
            }
        }
        boolean[] inner = new boolean[ASCII];
        boolean empty = alternatives(inner);
        if (regex.charAt(at++) != ')') {
            throw new Unknown();
        }
        if (lookaround) {
            // Takes no character: what follows it begins the match.
            return true;
        }
        for (int c = 0; c < ASCII; c++) {
            first[c] |= inner[c];
        }
        return empty;
    }

    /** Reads a quantifier if one follows; true if it allows zero repetitions. */
    private boolean quantifierMayRepeatZeroTimes() {
        if (at >= regex.length()) {
            return false;
        }
        char c = regex.charAt(at);
        boolean zero;
        if (c == '?' || c == '*') {
            at++;
            zero = true;
        } else if (c == '+') {
            at++;
            zero = false;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unknown();
            }
            String bounds = regex.substring(at + 1, close);
            if (!bounds.matches("\\d+(,\\d*)?")) {
                throw new Unknown();
            }
            zero = Integer.parseInt(bounds.split(",")[0]) == 0;
            at = close + 1;
        } else {
            return false;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            // Lazy or possessive: the same counts.
            at++;
        }
        return zero;
    }

    /** Reads a class after its {@code [}; adds what it matches. */
    private void charClass(boolean[] first) {
        boolean negated = regex.charAt(at) == '^';
        if (negated) {
            at++;
        }
        if (regex.charAt(at) == ']') {
            throw new Unknown();
        }
        boolean[] members = new boolean[ASCII];
        while (regex.charAt(at) != ']') {
            char c = regex.charAt(at++);
            int low;
            if (c == '\\') {
                char escaped = regex.charAt(at);
                if (escaped == 'u') {
                    low = unicodeEscape();
                } else if (Character.isLetterOrDigit(escaped)) {
                    escape(members, true);
                    continue;
                } else {
                    at++;
                    low = escaped;
                }
            } else if (c == '&' && regex.charAt(at) == '&' || c == '[') {
                throw new Unknown();
            } else {
                low = c;
            }
            int high = low;
            if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                at++;
                char end = regex.charAt(at++);
                if (end == '\\') {
                    high = unicodeEscape();
                } else if (end == '[') {
                    throw new Unknown();
                } else {
                    high = end;
                }
            }
            range(members, low, high);
        }
        at++;
        for (int c = 0; c < ASCII; c++) {
            // A class that is negated matches what it does not list: any of them, to be safe.
            first[c] |= negated || members[c];
        }
    }

    /** Reads an escape after its backslash; adds what it matches; true if it takes no character. */
    private boolean escape(boolean[] first, boolean inClass) {
        char c = regex.charAt(at++);
        switch (c) {
            case 'd':
                range(first, '0', '9');
                return false;
            case 's':
                for (char space : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                    first[space] = true;
                }
                return false;
            case 'w':
                range(first, 'a', 'z');
                range(first, 'A', 'Z');
                range(first, '0', '9');
                first['_'] = true;
                return false;
            case 'D', 'S', 'W':
                java.util.Arrays.fill(first, true);
                return false;
            case 'p', 'P':
                // A property such as \p{L}: any character, to be safe.
                if (regex.charAt(at) == '{') {
                    at = regex.indexOf('}', at) + 1;
                    if (at == 0) {
                        throw new Unknown();
                    }
                } else {
                    at++;
                }
                java.util.Arrays.fill(first, true);
                return false;
            case 'n':
                first['\n'] = true;
                return false;
            case 't':
                first['\t'] = true;
                return false;
            case 'r':
                first['\r'] = true;
                return false;
            case 'f':
                first['\f'] = true;
                return false;
            case 'b':
                if (inClass) {
                    throw new Unknown();
                }
                return true;
            case 'u':
                at--;
                int code = unicodeEscape();
                range(first, code, code);
                return false;
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new Unknown();
                }
                literal(first, c);
                return false;
        }
    }

    /** Reads {@code uXXXX} after a backslash. */
    private int unicodeEscape() {
        if (regex.charAt(at) != 'u') {
            throw new Unknown();
        }
        int code = Integer.parseInt(regex.substring(at + 1, at + 5), 16);
        at += 5;
        return code;
    }

    /** Adds the ASCII characters the range matches ignoring case. */
    private static void range(boolean[] first, int low, int high) {
        if (low > high) {
            throw new Unknown();
        }
        for (int c = low; c <= high && c < ASCII; c++) {
            literal(first, (char) c);
        }
        if (high >= ASCII) {
            // Ignoring case, a character beyond ASCII can stand for an ASCII letter, the Kelvin sign for k:
            // then every character.
            for (int c = Math.max(low, ASCII); c <= high; c++) {
                char m = (char) c;
                if (Character.toLowerCase(m) < ASCII || Character.toUpperCase(m) < ASCII
                        || Character.toLowerCase(Character.toUpperCase(m)) < ASCII) {
                    throw new Unknown();
                }
            }
        }
    }

    /** Adds an ASCII character, in both cases. */
    private static void literal(boolean[] first, char c) {
        if (c >= ASCII) {
            range(first, c, c);
            return;
        }
        first[c] = true;
        first[Character.toLowerCase(c)] = true;
        first[Character.toUpperCase(c)] = true;
    }
}
