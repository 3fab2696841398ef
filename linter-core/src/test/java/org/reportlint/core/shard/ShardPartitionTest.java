package org.reportlint.core.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ShardPartitionTest {

    private static List<ShardPartition.Entry> corpus(int files, long seed) {
        Random random = new Random(seed);
        List<ShardPartition.Entry> entries = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            // Sizes spread over orders of magnitude, as report corpora are, with some empty files and ties.
            long bytes = random.nextInt(10) == 0 ? 0 : (long) Math.pow(10, 1 + random.nextInt(5)) + random.nextInt(50);
            entries.add(new ShardPartition.Entry(String.format("reports/%04d.html", i), bytes));
        }
        return entries;
    }

    @Test
    void theSameFilesInAnyOrderGiveTheSamePartition() {
        List<ShardPartition.Entry> entries = corpus(300, 1);
        List<List<ShardPartition.Entry>> expected = ShardPartition.split(entries, 4);
        for (long seed = 0; seed < 5; seed++) {
            List<ShardPartition.Entry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, ShardPartition.split(shuffled, 4));
        }
    }

    @Test
    void everyFileIsInExactlyOneShardAndEachShardIsInPathOrder() {
        List<ShardPartition.Entry> entries = corpus(257, 2);
        List<ShardPartition.Entry> union = new ArrayList<>();
        for (List<ShardPartition.Entry> shard : ShardPartition.split(entries, 5)) {
            List<String> paths = shard.stream().map(ShardPartition.Entry::path).toList();
            assertEquals(new ArrayList<>(new TreeSet<>(paths)), paths, "path order, no repeats");
            union.addAll(shard);
        }
        assertEquals(entries.size(), union.size());
        assertEquals(new TreeSet<>(entries.stream().map(ShardPartition.Entry::path).toList()),
                new TreeSet<>(union.stream().map(ShardPartition.Entry::path).toList()));
    }

    @Test
    void shardsDifferByAtMostTheLargestFile() {
        for (int count = 2; count <= 7; count++) {
            List<ShardPartition.Entry> entries = corpus(500, count);
            long largest = entries.stream().mapToLong(ShardPartition.Entry::bytes).max().orElseThrow();
            List<Long> totals = ShardPartition.split(entries, count).stream()
                    .map(shard -> shard.stream().mapToLong(ShardPartition.Entry::bytes).sum()).toList();
            long spread = Collections.max(totals) - Collections.min(totals);
            assertTrue(spread <= largest, count + " shards: " + totals);
        }
    }

    @Test
    void emptyFilesSpreadOverTheShardsToo() {
        List<ShardPartition.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            entries.add(new ShardPartition.Entry("e" + i + ".md", 0));
        }
        ShardPartition.split(entries, 3).forEach(shard -> assertEquals(3, shard.size()));
    }

    @Test
    void oneShardIsEveryFileInPathOrder() {
        List<ShardPartition.Entry> entries = corpus(40, 3);
        List<ShardPartition.Entry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        assertEquals(List.of(sorted), ShardPartition.split(entries, 1));
        assertEquals(sorted, ShardPartition.select(entries, new Shard(1, 1)));
    }

    @Test
    void moreShardsThanFilesLeavesSomeEmpty() {
        List<ShardPartition.Entry> entries = List.of(new ShardPartition.Entry("a.md", 10),
                new ShardPartition.Entry("b.md", 30));
        List<List<ShardPartition.Entry>> shards = ShardPartition.split(entries, 4);
        assertEquals(List.of(List.of(entries.get(1)), List.of(entries.get(0)), List.of(), List.of()), shards);
        assertEquals(List.of(), ShardPartition.select(entries, new Shard(4, 4)));
        assertEquals(List.of(List.of(), List.of()), ShardPartition.split(List.of(), 2));
    }

    @Test
    void largestFilesFirstTiesByPathThenTheLightestShardTiesByIndex() {
        List<ShardPartition.Entry> entries = List.of(new ShardPartition.Entry("c.md", 5),
                new ShardPartition.Entry("a.md", 5), new ShardPartition.Entry("b.md", 9),
                new ShardPartition.Entry("d.md", 1));
        // b (9) to shard 1; a (5, before c by path) to the empty shard 2; c (5) to the empty shard 3; d (1) to
        // shard 2, as 2 and 3 tie at 5 bytes and one file and 2 has the lower index.
        assertEquals(List.of(List.of(entries.get(2)), List.of(entries.get(1), entries.get(3)), List.of(entries.get(0))),
                ShardPartition.split(entries, 3));
    }

    @Test
    void shardsAreWrittenKOverN() {
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1/1 "));
        assertEquals("2/3", new Shard(2, 3).toString());
        for (String invalid : List.of("0/3", "4/3", "3", "1/0", "a/b", "-1/2", "1/2/3", "", "99999999999/1")) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> Shard.parse(invalid), invalid);
            assertEquals("invalid --shard \"" + invalid + "\" (use K/N with 1 <= K <= N, e.g. 2/3)",
                    failure.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ShardPartition.split(List.of(), 0));
    }
}
