package org.reportlint.core.engine;

import java.util.Optional;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.source.SourceInput;

/**
 * Results of earlier runs for files whose bytes and settings are unchanged since: the seam {@code --cache} plugs
 * into. The linter asks only for files that no cross-document rule reads, whose result is final after their own
 * pass. Called from many threads at once.
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
    }
}
