package org.reportlint.rules.duplicatereport;

import java.util.Objects;
import org.reportlint.core.rule.DocumentLocation;

/**
 * What {@code duplicate-report} keeps of one document: a fixed-size summary of its prose, never the prose itself, so
 * a run over many documents holds a little over 1 KiB per document.
 *
 * @param location where a finding in this document goes (its title, else its first text)
 * @param words how many words its prose has
 * @param digest equal for two documents exactly when their normalised prose is equal
 * @param signature the min-hash signature of its word shingles, {@link MinHashSignature#SIZE} ints
 * @param threshold the similarity from which this document is reported as a near duplicate (its file's option)
 */
record ReportText(DocumentLocation location, int words, String digest, int[] signature, double threshold) {

    ReportText {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(digest, "digest");
        if (signature.length != MinHashSignature.SIZE) {
            throw new IllegalArgumentException("a signature has " + MinHashSignature.SIZE + " values, not "
                    + signature.length);
        }
        signature = signature.clone();
    }

    @Override
    public int[] signature() {
        return signature.clone();
    }

    /** The estimated share of word shingles this text and {@code other} have in common, 0 to 1. */
    double similarity(ReportText other) {
        return MinHashSignature.similarity(signature, other.signature);
    }

    /** The signature's values from {@code from} (inclusive) to {@code to}, for a band of {@link CandidatePairs}. */
    long band(int from, int to) {
        long hash = 1;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + signature[k];
        }
        return hash;
    }

    boolean sameTextAs(ReportText other) {
        return digest.equals(other.digest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportText that && location.equals(that.location) && words == that.words
                && digest.equals(that.digest) && java.util.Arrays.equals(signature, that.signature)
                && Double.compare(threshold, that.threshold) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, words, digest, java.util.Arrays.hashCode(signature), threshold);
    }

    @Override
    public String toString() {
        return "ReportText[" + location.path() + ", " + words + " words, " + digest + "]";
    }
}
