package org.reportlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.reportlint.core.cache.LintCache;

/**
 * {@code --cache} and {@code --cache-location}: opens the cache before the run, saves it after, and says in one line
 * on standard error when a cache file is ignored or cannot be written (neither ever fails the run).
 *
 * <p>Fixing does not use the cache at all, neither reading nor writing it: the fix loop lints each file again after
 * every round of edits, and a replayed result would be trusted for text about to be rewritten. A fixed file's old
 * entry simply no longer matches its new bytes on the next {@code --cache} run.
 */
final class CacheOption {

    private CacheOption() {
    }

    static Optional<LintCache> open(CheckOptions options, Path workingDirectory, String toolVersion, PrintWriter err) {
        if (!options.cache || options.fix || options.fixDryRun) {
            return Optional.empty();
        }
        LintCache cache = LintCache.open(LintCache.locate(workingDirectory, Optional.ofNullable(options.cacheLocation)),
                toolVersion);
        cache.discarded().ifPresent(reason -> {
            err.println("reportlint: ignoring cache " + shown(cache, workingDirectory) + ": " + reason
                    + "; it will be rebuilt");
            err.flush();
        });
        return Optional.of(cache);
    }

    static void save(LintCache cache, Path workingDirectory, PrintWriter err) {
        cache.save().ifPresent(reason -> {
            err.println("reportlint: cannot write cache " + shown(cache, workingDirectory) + ": " + reason);
            err.flush();
        });
    }

    /** The line {@code --stats} adds: how many files were replayed and how many linted. */
    static String statsLine(LintCache cache) {
        return "reportlint cache: " + cache.replayed() + " replayed, " + cache.linted() + " linted";
    }

    private static String shown(LintCache cache, Path workingDirectory) {
        Path file = cache.file().toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }
}
