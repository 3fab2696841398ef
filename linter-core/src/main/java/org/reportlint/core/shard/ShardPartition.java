package org.reportlint.core.shard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Splits the files of a run into shards of about equal bytes, the same way on every machine: the partition depends
 * only on the paths and sizes, never on the order they are given in, the clock or the machine.
 *
 * <p>Files are taken largest first (ties by path) and each goes to the shard with the fewest bytes so far, then the
 * fewest files (so empty files spread out too), then the lowest index. That is the classic greedy schedule: no shard
 * ends up more than one file's size above the mean.
 */
public final class ShardPartition {

    /** A file to place: its path as reported and its size in bytes. */
    public record Entry(String path, long bytes) {
        public Entry {
            Objects.requireNonNull(path, "path");
            if (bytes < 0) {
                throw new IllegalArgumentException("negative size of " + path);
            }
        }
    }

    private static final Comparator<Entry> LARGEST_FIRST = Comparator.comparingLong(Entry::bytes).reversed()
            .thenComparing(Entry::path);

    private ShardPartition() {
    }

    /**
     * The entries of every shard, each shard's in path order.
     *
     * @return {@code count} lists (some empty when there are fewer files than shards) whose union is {@code entries}
     */
    public static List<List<Entry>> split(List<Entry> entries, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("shard count must be at least 1: " + count);
        }
        List<List<Entry>> shards = new ArrayList<>();
        long[] bytes = new long[count];
        int[] files = new int[count];
        for (int i = 0; i < count; i++) {
            shards.add(new ArrayList<>());
        }
        for (Entry entry : entries.stream().sorted(LARGEST_FIRST).toList()) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (bytes[i] < bytes[lightest] || bytes[i] == bytes[lightest] && files[i] < files[lightest]) {
                    lightest = i;
                }
            }
            shards.get(lightest).add(entry);
            bytes[lightest] += entry.bytes();
            files[lightest]++;
        }
        shards.forEach(shard -> shard.sort(Comparator.comparing(Entry::path)));
        return shards;
    }

    /** The entries of {@code shard}, in path order. */
    public static List<Entry> select(List<Entry> entries, Shard shard) {
        return split(entries, shard.count()).get(shard.index() - 1);
    }
}
