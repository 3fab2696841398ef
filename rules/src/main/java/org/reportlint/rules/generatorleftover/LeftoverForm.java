package org.reportlint.rules.generatorleftover;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One form of leftover from the phrase list: its kind, the words one of which every match contains, and the pattern.
 *
 * <p>The pattern, and where its matches can start, are worked out on first use: most forms never run, as their
 * needles are in no block, and compiling all of them is a good part of what a run over a few small files costs.
 */
final class LeftoverForm {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final LeftoverKind kind;
    private final List<String> needles;
    private final String written;
    /**
     * Null until first use. Rules are shared across worker threads: the value is immutable and the field volatile,
     * so a thread sees a whole one or none, and two threads making the same one at once is harmless.
     */
    private volatile Compiled compiled;

    /** The pattern and its starts, made together on first use. */
    private record Compiled(Pattern pattern, MatchStarts starts) {
    }

    /**
     * @param kind what a match is
     * @param needles lower-case strings, one of which starts a word of every match: the cheap test before the
     *     pattern
     * @param written the pattern as the phrase list writes it (see {@link LeftoverForms#regex})
     */
    LeftoverForm(LeftoverKind kind, List<String> needles, String written) {
        this.kind = kind;
        this.needles = List.copyOf(needles);
        this.written = written;
    }

    LeftoverKind kind() {
        return kind;
    }

    List<String> needles() {
        return needles;
    }

    /** The pattern as the phrase list writes it. */
    String written() {
        return written;
    }

    /** The regular expression the pattern is compiled from. */
    String regex() {
        return LeftoverForms.regex(written);
    }

    /** The compiled pattern; compiled on the first call. */
    Pattern pattern() {
        return compiled().pattern();
    }

    /** Where a match of the pattern can start. */
    MatchStarts starts() {
        return compiled().starts();
    }

    private Compiled compiled() {
        Compiled made = compiled;
        if (made == null) {
            made = new Compiled(Pattern.compile(LeftoverForms.regex(written), FLAGS), LeftoverForms.starts(written));
            compiled = made;
        }
        return made;
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
