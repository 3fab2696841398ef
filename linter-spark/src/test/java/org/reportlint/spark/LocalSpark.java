package org.reportlint.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session for every test class of the module's test JVM: starting Spark costs seconds, so it is
 * started once and left to end with the JVM.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("reportlint-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }
}
