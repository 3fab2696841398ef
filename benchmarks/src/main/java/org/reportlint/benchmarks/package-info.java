/**
 * JMH benchmarks of the engine on a fixed generated set, and a bare jsoup parse program for whole-process
 * comparisons. Nothing here runs in the build: {@code java -jar benchmarks/target/benchmarks.jar} runs them.
 */
package org.reportlint.benchmarks;
