package org.reportlint.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.reportlint.core.config.ConfiguredCrossDocumentRule;
import org.reportlint.core.config.FileSettings;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.engine.ResultCache;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.rule.CrossDocumentRule;
import org.reportlint.core.shard.PendingFiles;
import org.reportlint.core.source.SourceInput;

/**
 * The cache of one run: opened from its file before linting, asked by the linter for each file, saved after.
 *
 * <p>A file's entry is replayed only when its key matches, and the key is a digest of all the linter receives:
 * the file's bytes (inline suppressions are part of them), the path it is reported by, its effective settings
 * with the code of every enabled rule (see {@link SettingsDigest}) and the reportlint version. Results are stored
 * before any baseline, which is applied to replayed results like fresh ones. Only files on disk are kept, and only
 * results without errors, so a read failure or a rule crash is retried next time. A file that cross-document rules
 * read is kept as it waits for them, with what each collected (through the rule's codec), and takes part in the
 * cross-document step again when replayed; it is not kept when one of those rules has no codec.
 *
 * <p>The saved file holds this run's entries and those of earlier runs for files that still exist (a run over one
 * folder keeps another folder's entries); entries of deleted files are pruned.
 */
public final class LintCache implements ResultCache {
    /** The file name used in the working directory, or in a folder given as the location. */
    public static final String DEFAULT_NAME = ".reportlintcache";

    private final Path file;
    private final String toolVersion;
    private final Map<String, CacheFile.Entry> earlier;
    private final Optional<String> discarded;
    private final SettingsDigest settingsDigest = new SettingsDigest();
    private final Map<String, CacheFile.Entry> current = new ConcurrentHashMap<>();
    private final Set<String> relinted = ConcurrentHashMap.newKeySet();
    private final LongAdder replayed = new LongAdder();
    private final LongAdder linted = new LongAdder();
    private final AtomicBoolean changed = new AtomicBoolean();

    private LintCache(Path file, String toolVersion, CacheFile.Loaded loaded) {
        this.file = file;
        this.toolVersion = toolVersion;
        this.earlier = loaded.entries();
        this.discarded = loaded.discarded();
    }

    /** Opens the cache at {@code file} for a run of reportlint {@code toolVersion}; never fails (see {@link #discarded}). */
    public static LintCache open(Path file, String toolVersion) {
        return new LintCache(file, toolVersion, CacheFile.read(file, toolVersion));
    }

    /**
     * Where the cache is: {@code location} resolved against the working directory, and inside it when it is a
     * folder or ends with a separator; without a location, {@value #DEFAULT_NAME} in the working directory.
     */
    public static Path locate(Path workingDirectory, Optional<String> location) {
        if (location.isEmpty()) {
            return workingDirectory.resolve(DEFAULT_NAME);
        }
        String given = location.get();
        Path path = workingDirectory.resolve(given);
        boolean folder = given.endsWith("/") || given.endsWith(path.getFileSystem().getSeparator())
                || Files.isDirectory(path);
        return folder ? path.resolve(DEFAULT_NAME) : path;
    }

    public Path file() {
        return file;
    }

    /** Why the cache file was not used and will be rewritten, when it existed but was damaged or foreign. */
    public Optional<String> discarded() {
        return discarded;
    }

    /** Files whose result was replayed from an earlier run. */
    public long replayed() {
        return replayed.sum();
    }

    /** Files that were looked up but linted, because nothing matched their key. */
    public long linted() {
        return linted.sum();
    }

    @Override
    public Entry entry(SourceInput input, byte[] bytes, FileSettings settings) {
        if (input.file().isEmpty()) {
            return NOT_KEPT;
        }
        String path = input.file().get().toAbsolutePath().normalize().toString();
        String key = Sha256.of("reportlint-cache-key " + CacheFile.VERSION + "\ntool " + toolVersion + "\npath "
                + input.path() + "\ncontent " + Sha256.of(bytes) + "\nsettings " + settingsDigest.of(settings) + "\n");
        Function<String, Optional<CrossDocumentRule<?>>> crossDocumentRules = id -> settings.rules()
                .crossDocumentRules().stream().filter(rule -> rule.id().equals(id)).findFirst()
                .<CrossDocumentRule<?>>map(ConfiguredCrossDocumentRule::rule);
        return new Entry() {
            @Override
            public Optional<FileResult> replay() {
                return counted(stored().filter(stored -> stored.pending().isEmpty()).map(CacheFile.Entry::result));
            }

            @Override
            public Optional<PendingFile> replayPending() {
                return counted(stored().flatMap(stored -> stored.pending().flatMap(pending -> {
                    try {
                        return Optional.of(PendingFiles.decode(stored.result(), pending, crossDocumentRules));
                    } catch (IllegalArgumentException unreadable) {
                        // Written for rules whose collected values no longer read back: lint it again.
                        return Optional.empty();
                    }
                })));
            }

            /** The stored entry under this key, if any. */
            private Optional<CacheFile.Entry> stored() {
                CacheFile.Entry stored = earlier.get(path);
                return stored != null && stored.key().equals(key) && stored.result().path().equals(input.path())
                        ? Optional.of(stored) : Optional.empty();
            }

            /** Counts the file as replayed (and keeps its entry) or as linted again. */
            private <T> Optional<T> counted(Optional<T> replay) {
                if (replay.isPresent()) {
                    current.put(path, earlier.get(path));
                    replayed.increment();
                } else {
                    relinted.add(path);
                    linted.increment();
                }
                return replay;
            }

            @Override
            public void record(FileResult result) {
                keep(result, Optional.empty());
            }

            @Override
            public void recordPending(PendingFile file) {
                Set<String> uncodable = new HashSet<>();
                ObjectNode pending = PendingFiles.encode(file, crossDocumentRules, uncodable);
                if (uncodable.isEmpty()) {
                    keep(file.own(), Optional.of(pending));
                }
            }

            private void keep(FileResult result, Optional<JsonNode> pending) {
                if (result.hasErrors() || !result.errors().isEmpty()) {
                    return;
                }
                current.put(path, new CacheFile.Entry(key, result, pending));
                changed.set(true);
            }
        };
    }

    /**
     * Writes this run's entries and the still-valid earlier ones, unless nothing changed; returns why it could
     * not be written, in one line, if it could not (the run's results stand either way).
     */
    public Optional<String> save() {
        Map<String, CacheFile.Entry> kept = new HashMap<>();
        boolean pruned = false;
        for (Map.Entry<String, CacheFile.Entry> entry : earlier.entrySet()) {
            String path = entry.getKey();
            if (current.containsKey(path)) {
                continue;
            }
            // Linted this run with another key and not stored again (it failed): the old result is stale.
            if (!relinted.contains(path) && Files.isRegularFile(Path.of(path))) {
                kept.put(path, entry.getValue());
            } else {
                pruned = true;
            }
        }
        if (!changed.get() && !pruned && discarded.isEmpty()) {
            return Optional.empty();
        }
        kept.putAll(current);
        try {
            CacheFile.write(file, toolVersion, kept);
            return Optional.empty();
        } catch (AccessDeniedException denied) {
            return Optional.of("permission denied");
        } catch (IOException | RuntimeException failure) {
            return Optional.of(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        }
    }

    /** For input without a file (standard input): never replayed, never kept. */
    private static final Entry NOT_KEPT = new Entry() {
        @Override
        public Optional<FileResult> replay() {
            return Optional.empty();
        }

        @Override
        public void record(FileResult result) {
        }

        @Override
        public Optional<PendingFile> replayPending() {
            return Optional.empty();
        }

        @Override
        public void recordPending(PendingFile file) {
        }
    };
}
