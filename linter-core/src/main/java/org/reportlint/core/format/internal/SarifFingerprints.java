package org.reportlint.core.format.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.reportlint.core.result.Finding;

/**
 * The {@code partialFingerprints} of a run's results, one value per result. A finding's own fingerprint hashes its
 * rule, flagged text and context, so the same template defect in many files, or twice in one, shares it; code
 * scanning would merge those into one alert. Here the path joins the hash, and a result whose path and fingerprint
 * an earlier one has gets an occurrence index ({@code :2}, {@code :3}), which stays the same when unrelated text
 * moves. Not thread-safe: one instance per report.
 */
final class SarifFingerprints {
    static final String KEY = "reportlint/v2";

    private final Map<String, Integer> seen = new HashMap<>();

    String next(String path, Finding finding) {
        String hash = hash(path + '\u0000' + finding.fingerprint());
        int occurrence = seen.merge(hash, 1, Integer::sum);
        return hash + ':' + occurrence;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
