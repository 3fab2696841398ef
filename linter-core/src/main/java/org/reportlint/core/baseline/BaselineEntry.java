package org.reportlint.core.baseline;

import java.util.Comparator;

/**
 * Accepted findings of one rule in one file that share a fingerprint.
 *
 * @param path the file's path as reported, {@code /}-separated
 * @param rule the rule id
 * @param fingerprint the findings' fingerprint: flagged text and surroundings, not line numbers
 * @param count how many such findings are accepted
 * @param message the message of the first of them, for people reading the file
 */
public record BaselineEntry(String path, String rule, String fingerprint, int count, String message) {

    /** The order entries are written in, so the file diffs well. */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::fingerprint);

    public BaselineEntry {
        if (count < 1) {
            throw new IllegalArgumentException("a baseline entry needs a positive count: " + count);
        }
    }

    Key key() {
        return new Key(path, rule, fingerprint);
    }

    /** What a finding is matched on. */
    record Key(String path, String rule, String fingerprint) {
    }
}
