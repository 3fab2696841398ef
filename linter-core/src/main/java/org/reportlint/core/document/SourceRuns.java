package org.reportlint.core.document;

import java.util.Arrays;

/**
 * The source range of every character of a {@link TextBlock}, stored as runs rather than two ints per character.
 *
 * <p>Almost all text is copied from the source as written, so consecutive characters come from consecutive source
 * characters: a <em>verbatim</em> run stores only where it starts. The characters an entity reference decodes to all
 * stand for the whole reference: a <em>shared</em> run stores that one range. Anything else is a run of one. A block
 * of prose then needs a few ints per entity or tag instead of eight bytes per character, which is what bounds the
 * memory of a document to a small multiple of its size.
 */
final class SourceRuns {
    /** {@link #ends} of a verbatim run. */
    private static final int VERBATIM = -1;

    /** The run of a whole text copied as written from source offset 0: one run, no arrays. */
    private static final int[] FIRST_ONLY = {0};
    private static final int[] VERBATIM_ONLY = {VERBATIM};

    /** The text index each run starts at, ascending, the first 0. */
    private final int[] firsts;
    /** The source offset each run starts at. */
    private final int[] starts;
    /** The source end every character of a shared run has, or {@link #VERBATIM}. */
    private final int[] ends;

    private SourceRuns(int[] firsts, int[] starts, int[] ends) {
        this.firsts = firsts;
        this.starts = starts;
        this.ends = ends;
    }

    /** The source offset where text character {@code index} starts; {@code index} must be in the text. */
    int start(int index) {
        int run = runOf(index);
        return ends[run] == VERBATIM ? starts[run] + index - firsts[run] : starts[run];
    }

    /** The source offset just after text character {@code index}. */
    int end(int index) {
        int run = runOf(index);
        return ends[run] == VERBATIM ? starts[run] + index - firsts[run] + 1 : ends[run];
    }

    /** How many runs there are: what the memory of the map grows with. */
    int runCount() {
        return firsts.length;
    }

    private int runOf(int index) {
        if (firsts.length == 1) {
            return 0;
        }
        int found = Arrays.binarySearch(firsts, index);
        return found >= 0 ? found : -found - 2;
    }

    /** Collects the runs as characters are appended in text order. */
    static final class Builder {
        /** Room for one run at first: most texts have one, and a builder is made per text of every block. */
        private int[] firsts = new int[1];
        private int[] starts = new int[1];
        private int[] ends = new int[1];
        private int count;

        /** Records text character {@code index} (the next one) as standing for source {@code [start, end)}. */
        void add(int index, int start, int end) {
            if (count > 0) {
                int last = count - 1;
                int size = index - firsts[last];
                if (ends[last] == VERBATIM) {
                    if (start == starts[last] + size && end == start + 1) {
                        return;
                    }
                    // A verbatim run of one is also a shared run: two characters of one reference.
                    if (size == 1 && start == starts[last] && end == start + 1) {
                        ends[last] = end;
                        return;
                    }
                } else if (start == starts[last] && end == ends[last]) {
                    return;
                }
            }
            open(index, start, end == start + 1 ? VERBATIM : end);
        }

        /** Records {@code count} characters from text {@code index} on as copied from source {@code start} on. */
        void addVerbatim(int index, int chars, int start) {
            add(index, start, start + 1);
            if (chars > 1) {
                int last = count - 1;
                if (ends[last] != VERBATIM) {
                    // The first character joined a shared run; the rest cannot.
                    open(index + 1, start + 1, VERBATIM);
                }
            }
        }

        private void open(int index, int start, int end) {
            if (count == firsts.length) {
                int capacity = Math.max(8, count * 2);
                firsts = Arrays.copyOf(firsts, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            firsts[count] = index;
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        SourceRuns build() {
            if (count == 1 && ends[0] == VERBATIM) {
                // Most blocks: short text written as it reads. Shares all but its start with every other such block.
                // A builder changes only the end of its last run, and grows into new arrays: its starts can be kept.
                return new SourceRuns(FIRST_ONLY, starts.length == 1 ? starts : new int[] {starts[0]}, VERBATIM_ONLY);
            }
            return new SourceRuns(Arrays.copyOf(firsts, count), Arrays.copyOf(starts, count),
                    Arrays.copyOf(ends, count));
        }
    }
}
