package org.reportlint.core.engine;

import java.util.Optional;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.source.SourceInput;

/**
 * Results of earlier runs for files whose bytes and settings are unchanged since: the seam {@code --cache} plugs
 * into. A file no cross-document rule reads has a final result after its own pass, and that is what is kept; a file
 * a cross-document rule reads is kept as it waits for the other documents ({@link PendingFile}: its own findings
 * and what each rule collected from it), so that a replayed file still takes part in the cross-document step of the
 * run. Called from many threads at once.
 */
public interface ResultCache {

    /** The entry of one file read as {@code bytes} and linted with {@code settings}. */
    Entry entry(SourceInput input, byte[] bytes, FileSettings settings);

    /** One file's place in the cache, keyed by everything its result depends on. */
    interface Entry {
        /** The result an earlier run had under the same key, before any baseline; empty when there is none. */
        Optional<FileResult> replay();

        /** Keeps the final result linting gave under this key, for later runs. */
        void record(FileResult result);

        /**
         * The waiting file an earlier run kept under the same key, for a file cross-document rules read; empty when
         * there is none or it can no longer be read back.
         */
        Optional<PendingFile> replayPending();

        /** Keeps a file that waits for the cross-document step, as linting left it under this key, for later runs. */
        void recordPending(PendingFile file);
    }
}
