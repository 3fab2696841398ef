package org.reportlint.core.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void theBufferHoldsOnlyOutputsThatFinishedAheadOfAnEarlierOne() throws InterruptedException {
        ReorderBuffer<String> buffer = new ReorderBuffer<>();
        buffer.put(2, "c");
        buffer.put(1, "b");
        assertEquals(2, buffer.held());
        buffer.put(0, "a");
        assertEquals("a", buffer.take());
        assertEquals("b", buffer.take());
        assertEquals(1, buffer.held());
        assertEquals("c", buffer.take());
        assertEquals(0, buffer.held());
    }

    @Test
    void aFailureIsThrownWhenItsTurnComes() throws InterruptedException {
        ReorderBuffer<String> buffer = new ReorderBuffer<>();
        buffer.fail(1, new IllegalStateException("boom"));
        buffer.put(0, "a");
        assertEquals("a", buffer.take());
        assertEquals("boom", assertThrows(IllegalStateException.class, buffer::take).getMessage());
    }

    @Test
    void outputsArriveInInputOrderAsSoonAsTheEarlierOnesAreDone() {
        // Input 0 waits until inputs 1..7 are done: they finish first, and still reach the consumer after it.
        CountDownLatch othersDone = new CountDownLatch(7);
        List<Integer> seen = new ArrayList<>();
        Parallel.forEachInOrder(IntStream.range(0, 8).boxed().toList(), i -> {
            if (i == 0) {
                await(othersDone);
            } else {
                othersDone.countDown();
            }
            return i;
        }, 4, seen::add);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), seen);
    }

    @Test
    void aTaskFailureStopsTheRunInInputOrder() {
        List<Integer> seen = new ArrayList<>();
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Parallel.forEachInOrder(List.of(0, 1, 2, 3), i -> {
                    if (i == 2) {
                        throw new IllegalStateException("task 2");
                    }
                    return i;
                }, 3, seen::add));
        assertEquals("task 2", failure.getMessage());
        assertEquals(List.of(0, 1), seen);
    }

    @Test
    void mapKeepsTheInputOrder() {
        assertEquals(List.of(0, 2, 4, 6), Parallel.map(List.of(0, 1, 2, 3), i -> i * 2, 3));
        assertEquals(List.of(0, 2, 4, 6), Parallel.map(List.of(0, 1, 2, 3), i -> i * 2, 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other tasks never finished");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
