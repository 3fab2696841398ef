package org.reportlint.rules.generatorleftover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the phrase list {@code leftovers.txt} into {@link LeftoverForm}s. The list keeps the phrases where they can
 * be read and reviewed as phrases; this class turns its writing conventions into regular expressions.
 */
final class LeftoverForms {
    static final String RESOURCE = "leftovers.txt";

    /** Whitespace as documents write it between words, no-break and narrow spaces included. */
    private static final String SPACE = "[\\s\\u00A0\\u2000-\\u200A\\u202F]+";
    private static final String APOSTROPHE = "['\\u2019\\u2018]";
    /** At the start of the block, or of a sentence or line inside it. */
    private static final String SENTENCE_START = "(?:^|(?<=[.!?:;][\"\\u201D\\u2019)]?[\\s\\u00A0]{1,3})|(?<=\\n))";
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}_])";

    private LeftoverForms() {
    }

    /** The forms of the phrase list shipped with the rule. */
    static List<LeftoverForm> builtIn() {
        try (InputStream in = LeftoverForms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("phrase list " + RESOURCE + " is missing beside "
                        + LeftoverForms.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read phrase list " + RESOURCE, failure);
        }
    }

    /** The forms of a phrase list's lines: {@code KIND NEEDLES PATTERN}, skipping blank lines and comments. */
    static List<LeftoverForm> parse(List<String> lines) {
        List<LeftoverForm> forms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+", 3);
            if (fields.length < 3) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": want KIND NEEDLES PATTERN");
            }
            List<String> needles = List.of(fields[1].replace('_', ' ').split("\\|"));
            forms.add(new LeftoverForm(LeftoverKind.named(fields[0]), needles, fields[2]));
        }
        return List.copyOf(forms);
    }

    /**
     * The regular expression of a pattern as the phrase list writes it, to compile with {@link LeftoverForm#FLAGS}:
     * ignoring case, between word boundaries, a space for any run of whitespace, an apostrophe for a straight or
     * curly one and a leading {@code ^} for a sentence start.
     */
    static String regex(String written) {
        return (atSentenceStart(written) ? SENTENCE_START : "") + NOT_AFTER_WORD + "(?:" + body(written) + ")"
                + NOT_BEFORE_WORD;
    }

    /** Where a match of the pattern as the phrase list writes it can start. */
    static MatchStarts starts(String written) {
        return MatchStarts.of(atSentenceStart(written), body(written));
    }

    private static boolean atSentenceStart(String written) {
        return written.startsWith("^");
    }

    /** The pattern's own part of its regular expression, between the boundaries {@link #regex} adds. */
    static String body(String written) {
        return expand(atSentenceStart(written) ? written.substring(1) : written);
    }

    /** Replaces spaces and apostrophes outside character classes; escapes and classes are copied as written. */
    private static String expand(String written) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\\' && i + 1 < written.length()) {
                regex.append(c).append(written.charAt(++i));
            } else if (inClass) {
                regex.append(c);
                inClass = c != ']';
            } else if (c == '[') {
                regex.append(c);
                inClass = true;
            } else if (c == ' ') {
                regex.append(SPACE);
            } else if (c == '\'') {
                regex.append(APOSTROPHE);
            } else {
                regex.append(c);
            }
        }
        return regex.toString();
    }
}
