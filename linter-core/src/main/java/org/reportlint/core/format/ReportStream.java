package org.reportlint.core.format;

import java.io.IOException;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.result.Summary;

/**
 * A report being written while a run goes on: each file's result in path order, then the run's totals. Used from
 * one thread at a time; it never closes the writer it was opened on.
 */
public interface ReportStream {

    /** Adds one file's final result; files come in path order, each once. */
    void file(FileResult file) throws IOException;

    /** Writes the end of the report after the last file; called once, with the totals of every file given. */
    void finish(Summary summary) throws IOException;
}
