package org.reportlint.rules.duplicatereport;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of documents worth comparing, found by locality-sensitive hashing so that a run over n documents does
 * not compare all n(n-1)/2 pairs: the signature is cut into bands of {@code rows} values, and two documents are a
 * candidate when they agree on every value of at least one band. A pair of similarity J is a candidate with
 * probability {@code 1 - (1 - J^rows)^bands}; the band width is the widest that still finds a pair at the lowest
 * threshold of the run with probability {@link #RECALL} or more, so that pairs well below it (a family of reports
 * sharing a template) are rarely compared at all. Each candidate is then checked on the whole signature.
 */
final class CandidatePairs {
    /** The least chance that a pair at the threshold becomes a candidate. */
    static final double RECALL = 0.999;
    private static final int WIDEST = 32;

    private CandidatePairs() {
    }

    /** Rows per band for a run whose lowest threshold is {@code threshold}. */
    static int rowsFor(double threshold) {
        for (int rows = WIDEST; rows > 1; rows--) {
            int bands = MinHashSignature.SIZE / rows;
            double found = 1 - Math.pow(1 - Math.pow(threshold, rows), bands);
            if (found >= RECALL) {
                return rows;
            }
        }
        return 1;
    }

    /**
     * For each document, the earlier documents (by index) that share a band with it, each once, in index order.
     *
     * @param texts the documents in path order
     */
    static List<int[]> of(List<ReportText> texts, int rows) {
        List<BitSet> earlier = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            earlier.add(null);
        }
        // Values left over after the last whole band are in no band; they still count in the similarity.
        for (int from = 0; from + rows <= MinHashSignature.SIZE; from += rows) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                List<Integer> bucket = buckets.computeIfAbsent(texts.get(i).band(from, from + rows),
                        band -> new ArrayList<>(1));
                for (int other : bucket) {
                    if (earlier.get(i) == null) {
                        earlier.set(i, new BitSet());
                    }
                    earlier.get(i).set(other);
                }
                bucket.add(i);
            }
        }
        List<int[]> pairs = new ArrayList<>(texts.size());
        for (BitSet set : earlier) {
            pairs.add(set == null ? new int[0] : set.stream().toArray());
        }
        return pairs;
    }
}
