package org.reportlint.core.config;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.core.custom.Re2Patterns;
import org.reportlint.core.custom.Term;
import org.reportlint.core.vocabulary.VocabularyEntry;
import org.reportlint.core.vocabulary.VocabularyList;

/**
 * Reads a word list file: one entry a line; blank lines and lines whose first visible character is {@code #} are
 * skipped; leading and trailing spaces are not part of an entry. An entry is a literal term, or an RE2 pattern when
 * it starts with {@code re:}; a leading {@code \} makes the rest literal ({@code \#1 Brand}, {@code \re:Invent}).
 *
 * <p>Case: a literal written without capitals matches in any case ({@code ebitda} matches {@code EBITDA}); a
 * literal with a capital matches exactly ({@code Company A Ltd} does not match {@code COMPANY A LTD}); a pattern
 * matches as RE2 says ({@code (?i)} for any case). A literal's spaces match any run of white space, no-break spaces
 * and line breaks included, and its apostrophe a typographic one too. Every entry matches whole words only, as an
 * {@code existence} custom rule does.
 */
public final class VocabularyListParser {
    /** White space as text blocks contain it: RE2's {@code \s} alone is ASCII only. */
    private static final String SPACE = "[\\s\\x{00A0}\\x{2007}\\x{202F}]+";
    private static final String PATTERN_PREFIX = "re:";

    private VocabularyListParser() {
    }

    /**
     * The list in {@code text}, read from the file shown as {@code file}.
     *
     * @throws ConfigException at the entry's line and column for an entry that cannot be used
     */
    public static VocabularyList parse(VocabularyList.Kind kind, String file, String text) throws ConfigException {
        List<VocabularyEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // A leading byte order mark is not text, as in any file reportlint reads.
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int column = line.indexOf(entry) + 1;
            entries.add(entry(file, entry, i + 1, column));
        }
        return new VocabularyList(kind, file, entries);
    }

    private static VocabularyEntry entry(String file, String written, int line, int column) throws ConfigException {
        for (int i = 0; i < written.length(); i++) {
            if (Character.isISOControl(written.charAt(i)) && written.charAt(i) != '\t') {
                throw new ConfigException(file, line, column + i, "entry \"" + written.replaceAll("\\p{Cntrl}", "?")
                        + "\" holds a control character; a word list is plain text, one entry a line");
            }
        }
        if (written.startsWith(PATTERN_PREFIX)) {
            String pattern = written.substring(PATTERN_PREFIX.length()).strip();
            int at = column + written.indexOf(pattern, PATTERN_PREFIX.length());
            if (pattern.isEmpty()) {
                throw new ConfigException(file, line, column, "entry \"" + written + "\" has no pattern after \"re:\""
                        + " (write \\re: to accept the literal text)");
            }
            try {
                // Leftmost-longest: with leftmost-first, "leverag(e|ed)" would take "leverage" in "leveraged",
                // fail the word edge and miss the word.
                com.google.re2j.Pattern compiled = com.google.re2j.Pattern.compile(
                        Re2Patterns.compile(pattern, false).pattern(), com.google.re2j.Pattern.LONGEST_MATCH);
                if (compiled.matcher("").matches()) {
                    throw new ConfigException(file, line, at, "pattern \"" + pattern + "\" matches empty text; "
                            + "an entry must match at least one character");
                }
                return new VocabularyEntry(written, new Term(pattern, compiled, true), true, false, line, column, "");
            } catch (Re2Patterns.InvalidPattern invalid) {
                throw new ConfigException(file, line, at, "pattern \"" + pattern + "\": " + invalid.getMessage());
            }
        }
        String literal = written.startsWith("\\") ? written.substring(1) : written;
        if (literal.isBlank()) {
            throw new ConfigException(file, line, column, "entry \"" + written + "\" is empty after the \\");
        }
        boolean ignoreCase = literal.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
        com.google.re2j.Pattern compiled = com.google.re2j.Pattern.compile(literalPattern(literal),
                ignoreCase ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0);
        return new VocabularyEntry(written, new Term(literal, compiled, true), false, ignoreCase, line, column,
                needle(literal));
    }

    /** The word every match of the literal starts with, in some case: its leading letters and digits. */
    private static String needle(String literal) {
        return org.reportlint.core.vocabulary.WordSet.firstWord(literal.strip());
    }

    /** A literal as RE2: its words quoted, joined by any white space; an apostrophe matches ' and the typographic one. */
    private static String literalPattern(String literal) {
        List<String> words = new ArrayList<>();
        for (String word : literal.strip().split("\\s+")) {
            List<String> pieces = new ArrayList<>();
            for (String piece : word.split("['\u2019]", -1)) {
                pieces.add(piece.isEmpty() ? "" : Re2Patterns.literal(piece));
            }
            words.add(String.join("['\u2019]", pieces));
        }
        return String.join(SPACE, words);
    }
}
