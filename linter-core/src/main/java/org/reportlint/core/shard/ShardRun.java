package org.reportlint.core.shard;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reportlint.core.engine.PendingFile;
import org.reportlint.core.result.FileResult;
import org.reportlint.core.source.SourceInput;

/**
 * One shard of a run as it goes: which of the run's files it lints, and what it must hand to the merge. A front end
 * makes one per run and gives it to the request; the runner picks the shard's files with {@link #select} and the
 * engine gives it the files that wait for cross-document rules. Not thread-safe; used by the run's own thread.
 */
public final class ShardRun {
    private final Shard shard;
    private final String settings;
    private int totalFiles = -1;
    private final Map<String, PendingFile> pending = new LinkedHashMap<>();

    /**
     * @param shard which shard this run is
     * @param settings a digest of what decides the run's results besides the files (tool version, options), equal on
     *     every machine of one split run; the merge refuses shards whose digests differ
     */
    public ShardRun(Shard shard, String settings) {
        this.shard = Objects.requireNonNull(shard, "shard");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Shard shard() {
        return shard;
    }

    public String settings() {
        return settings;
    }

    /** How many files the whole run has, over every shard; known once {@link #select} ran. */
    public int totalFiles() {
        if (totalFiles < 0) {
            throw new IllegalStateException("no files selected yet");
        }
        return totalFiles;
    }

    /**
     * The part of the run's files that is this shard's: the inputs to lint and the results of paths the walk could
     * not read, each kept when its path is in this shard. Every machine computes the same partition from the same
     * tree, sized by the bytes on disk (paths the walk could not read count as empty).
     */
    public Selection select(List<SourceInput> inputs, List<FileResult> uncollected) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        inputs.forEach(input -> sizes.merge(input.path(), size(input), Long::sum));
        uncollected.forEach(result -> sizes.merge(result.path(), 0L, Long::sum));
        totalFiles = sizes.size();
        List<ShardPartition.Entry> entries = new ArrayList<>();
        sizes.forEach((path, bytes) -> entries.add(new ShardPartition.Entry(path, bytes)));
        Set<String> mine = new HashSet<>();
        ShardPartition.select(entries, shard).forEach(entry -> mine.add(entry.path()));
        return new Selection(inputs.stream().filter(input -> mine.contains(input.path())).toList(),
                uncollected.stream().filter(result -> mine.contains(result.path())).toList());
    }

    /** Keeps files the engine left waiting for the cross-document step. */
    public void pending(List<PendingFile> files) {
        files.forEach(file -> pending.put(file.path(), file));
    }

    /** The waiting file of this path, if it is one. */
    public Optional<PendingFile> pending(String path) {
        return Optional.ofNullable(pending.get(path));
    }

    /** The inputs and unreadable paths of one shard, in the order they were given. */
    public record Selection(List<SourceInput> inputs, List<FileResult> uncollected) {
        public Selection {
            inputs = List.copyOf(inputs);
            uncollected = List.copyOf(uncollected);
        }
    }

    private static long size(SourceInput input) {
        if (input.content().isPresent()) {
            return input.content().get().length;
        }
        try {
            return Files.size(input.file().orElseThrow());
        } catch (IOException | SecurityException unreadable) {
            // The engine reports why it cannot read it; for balancing it is simply empty.
            return 0;
        }
    }
}
