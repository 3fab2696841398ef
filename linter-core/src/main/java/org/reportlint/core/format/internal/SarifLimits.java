package org.reportlint.core.format.internal;

/**
 * What GitHub code scanning accepts in one SARIF upload: results per run, locations per result and the size of
 * the gzip-compressed file. Past them an upload is rejected, so the report keeps the most severe results and says
 * in the run's notifications what it left out.
 *
 * @param results results per run
 * @param relatedLocations related locations per result (GitHub counts at most 1,000 locations per result)
 * @param compressedBytes the gzip-compressed size of the file
 */
record SarifLimits(int results, int relatedLocations, long compressedBytes) {
    static final SarifLimits GITHUB = new SarifLimits(25_000, 999, 10_000_000L);
}
