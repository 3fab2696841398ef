package org.reportlint.core.document;

import org.jsoup.parser.Parser;

/**
 * Maps text that the Markdown parser decoded back onto the source it was read from, character by character.
 *
 * <p>Markdown drops and rewrites characters: a backslash escape is one character written as two, an entity is one or
 * two characters written as many, and container prefixes ({@code > }, list indentation), trailing blanks and the
 * backticks around code are left out. The aligner walks the decoded text and the source together and skips source
 * characters that were left out, so each decoded character maps to the whole source range it stands for. It looks
 * for a character no further than the end of the source line, so a character it cannot place keeps a position next
 * to where it belongs instead of pulling the rest of the text out of place.
 */
final class LiteralAligner {
    /** How the parser turned source into the decoded text. */
    enum Mode {
        /** Inline text: backslash escapes and entity references are decoded. */
        TEXT,
        /** A code span: nothing is decoded, and a line end inside it reads as a space. */
        CODE_SPAN,
        /** A code block: nothing is decoded, and its line ends are hard line breaks. */
        CODE_BLOCK
    }

    private static final int MAX_ENTITY = 40;

    private final String source;
    /** Where the last character {@link #place placed} ends in the source. */
    private int placedEnd;

    LiteralAligner(String source) {
        this.source = source;
    }

    /**
     * Appends {@code literal}, which the parser decoded from source {@code [from, to)}, to {@code builder}; returns
     * the source offset just after the last source character used (at least {@code from}).
     */
    int append(TextBlock.Builder builder, String literal, int from, int to, Mode mode) {
        int limit = Math.min(to, source.length());
        int raw = from;
        int i = 0;
        while (i < literal.length()) {
            int placed = place(builder, literal, i, raw, limit, mode);
            if (placed == 0) {
                // Not found before the line ends: keep the character next to its neighbours.
                int at = Math.max(0, Math.min(Math.max(from, Math.min(raw, limit - 1)), source.length()));
                builder.add(literal.charAt(i), at, Math.min(at + 1, source.length()));
                i++;
            } else {
                i += placed;
                raw = placedEnd;
            }
        }
        return Math.max(from, raw);
    }

    /**
     * Places the character at {@code i} and, for an entity, the characters it decodes to: returns how many decoded
     * characters were placed, 0 when the character is not on the rest of this source line.
     */
    private int place(TextBlock.Builder builder, String literal, int i, int raw, int limit, Mode mode) {
        char c = literal.charAt(i);
        for (int at = raw; at < limit; at++) {
            char s = source.charAt(at);
            if (s == '\n' || s == '\r') {
                if (c != '\n' && !(c == ' ' && mode == Mode.CODE_SPAN)) {
                    return 0;
                }
                int end = s == '\r' && at + 1 < limit && source.charAt(at + 1) == '\n' ? at + 2 : at + 1;
                if (mode == Mode.CODE_BLOCK) {
                    builder.addLineBreak(at, end);
                } else {
                    builder.add(c, at, end);
                }
                return placedAt(1, end);
            }
            if (mode == Mode.TEXT && s == '\\' && at + 1 < limit && source.charAt(at + 1) == c
                    && isAsciiPunctuation(c)) {
                builder.add(c, at, at + 2);
                return placedAt(1, at + 2);
            }
            if (mode == Mode.TEXT && s == '&') {
                int end = entityEnd(at, limit);
                if (end > 0) {
                    String value = Parser.unescapeEntities(source.substring(at, end), false);
                    if (!value.isEmpty() && value.length() < end - at && literal.startsWith(value, i)) {
                        for (int k = 0; k < value.length(); k++) {
                            builder.add(value.charAt(k), at, end);
                        }
                        return placedAt(value.length(), end);
                    }
                }
            }
            if (s == c) {
                builder.add(c, at, at + 1);
                return placedAt(1, at + 1);
            }
        }
        return 0;
    }

    private int placedAt(int decoded, int sourceEnd) {
        placedEnd = sourceEnd;
        return decoded;
    }

    /** The end of a CommonMark entity reference starting at {@code amp} ({@code &name;}, {@code &#1;}), or -1. */
    private int entityEnd(int amp, int limit) {
        int max = Math.min(limit, amp + MAX_ENTITY);
        int i = amp + 1;
        boolean numeric = i < max && source.charAt(i) == '#';
        boolean hex = false;
        if (numeric) {
            i++;
            hex = i < max && (source.charAt(i) == 'x' || source.charAt(i) == 'X');
            if (hex) {
                i++;
            }
        }
        int nameStart = i;
        while (i < max && (hex ? Character.digit(source.charAt(i), 16) >= 0
                : numeric ? Character.isDigit(source.charAt(i)) : isAsciiLetterOrDigit(source.charAt(i)))) {
            i++;
        }
        return i > nameStart && i < max && source.charAt(i) == ';' ? i + 1 : -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
