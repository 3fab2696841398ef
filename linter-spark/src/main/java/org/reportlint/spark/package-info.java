/**
 * reportlint on Apache Spark: {@link org.reportlint.spark.LintJob}, the job {@code spark-submit} runs, and
 * {@link org.reportlint.spark.ReportLint}, the Dataset API, both linting with the engine of the CLI.
 */
package org.reportlint.spark;
