package org.reportlint.core.result;

/**
 * Receives a run's results one file at a time, as soon as each is final: in path order, each path once, on one
 * thread at a time. A front end writes a file's part of its reports here instead of waiting for the whole run.
 */
@FunctionalInterface
public interface ResultSink {

    /** Takes the final result of the next file in path order. */
    void accept(FileResult file);
}
