package org.reportlint.rules.generatorleftover;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One form of leftover from the phrase list: its kind, the words one of which every match contains, and the pattern.
 *
 * <p>The pattern is compiled on first use: most forms never run, as their needles are in no block, and compiling
 * all of them is a good part of what a run over a few small files costs.
 */
final class LeftoverForm {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final LeftoverKind kind;
    private final List<String> needles;
    private final String regex;
    private final MatchStarts starts;
    /**
     * Null until first use. Rules are shared across worker threads: a {@link Pattern} is immutable and the field
     * volatile, so a thread sees a whole one or none, and two threads compiling the same one at once is harmless.
     */
    private volatile Pattern pattern;

    /**
     * @param kind what a match is
     * @param needles lower-case strings, one of which starts a word of every match: the cheap test before the
     *     pattern
     * @param regex the regular expression, compiled with {@link #FLAGS}
     * @param starts where a match of it can start
     */
    LeftoverForm(LeftoverKind kind, List<String> needles, String regex, MatchStarts starts) {
        this.kind = kind;
        this.needles = List.copyOf(needles);
        this.regex = regex;
        this.starts = starts;
    }

    LeftoverKind kind() {
        return kind;
    }

    List<String> needles() {
        return needles;
    }

    String regex() {
        return regex;
    }

    MatchStarts starts() {
        return starts;
    }

    /** The compiled pattern; compiled on the first call. */
    Pattern pattern() {
        Pattern compiled = pattern;
        if (compiled == null) {
            compiled = Pattern.compile(regex, FLAGS);
            pattern = compiled;
        }
        return compiled;
    }

    /**
     * Whether text, {@linkplain LeftoverFinder#fold folded}, may hold a match: a needle starts a word in it. Only at
     * a word start, so that {@code here} is not found in every {@code there} and {@code an ai} in no {@code plan
     * aims}.
     */
    boolean mayOccurIn(String folded) {
        for (String needle : needles) {
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
