package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 100_000).boxed().toList();

    @Test
    void alternatesTheTwoKindsOfWorkAndEachGoesOnWhereItStopped() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Integer> firstSeen = Collections.synchronizedList(new ArrayList<>());
        List<Integer> secondSeen = Collections.synchronizedList(new ArrayList<>());

        Throughput.Rates rates =
                Throughput.alternating(
                        new Throughput.Work<>(INPUTS, i -> work(order, "first", firstSeen, i)),
                        new Throughput.Work<>(INPUTS, i -> work(order, "second", secondSeen, i)),
                        1,
                        0.2,
                        0.05);

        int turns = 0;
        for (int k = 1; k < order.size(); k++) {
            if (!order.get(k).equals(order.get(k - 1))) {
                turns++;
            }
        }
        assertThat(order.get(0)).isEqualTo("first");
        assertThat(turns).isEqualTo(7);
        // four slices each, and no input measured twice: each slice continued the last one
        assertThat(new HashSet<>(firstSeen)).hasSameSizeAs(firstSeen);
        assertThat(new HashSet<>(secondSeen)).hasSameSizeAs(secondSeen);
        // a rate is what was done over the time its own slices took, not the whole run's
        assertThat(firstSeen.size() / rates.first()).isBetween(0.2, 0.35);
        assertThat(secondSeen.size() / rates.second()).isBetween(0.2, 0.35);
    }

    @Test
    void measuresItemsPerSecondOverTheGivenTime() throws Exception {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        double rate = Throughput.measure(INPUTS, i -> work(new ArrayList<>(), "", seen, i), 2, 0.1);
        assertThat(seen).isNotEmpty();
        assertThat(seen.size() / rate).isBetween(0.1, 0.25);
    }

    @Test
    void warmsUpByTurnsUntilATurnPassesWithTheCompilerQuiet() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        // compiling 50 ms per read for the first reads (a 40-ms turn is far from quiet), then
        // never;
        // slices of 20 ms, long enough that each does some work on a loaded machine
        AtomicLong reads = new AtomicLong();
        LongSupplier compiled = () -> Math.min(reads.incrementAndGet(), 6) * 50;

        Throughput.Warmup warmup =
                Throughput.warmUntilCompiled(
                        List.of(
                                new Throughput.Work<>(INPUTS, i -> work(order, "a", seen(), i)),
                                new Throughput.Work<>(INPUTS, i -> work(order, "b", seen(), i))),
                        1,
                        0.02,
                        10,
                        compiled);

        assertThat(warmup.quiet()).isTrue();
        // two reads a turn: turns 1-3 compiled, turn 4 read 7 and 8, both at the cap
        assertThat(reads.get()).isEqualTo(8);
        assertThat(String.join("", order)).isEqualTo("abababab");
        assertThat(warmup.toString()).contains("quiet after");
    }

    @Test
    void aCompilerThatNeverGoesQuietEndsTheWarmupAtItsLimit() throws Exception {
        AtomicLong compiling = new AtomicLong();
        Throughput.Warmup warmup = warmUpForAtMost50ms(() -> compiling.addAndGet(1_000));

        assertThat(warmup.quiet()).isFalse();
        assertThat(warmup.seconds()).isBetween(0.05, 0.5);
        assertThat(warmup.toString()).contains("still busy");
        // a JVM that does not report its compilation time is never taken for quiet
        assertThat(warmUpForAtMost50ms(null).quiet()).isFalse();
    }

    private static Throughput.Warmup warmUpForAtMost50ms(LongSupplier compiledMillis)
            throws Exception {
        return Throughput.warmUntilCompiled(
                List.of(new Throughput.Work<>(INPUTS, i -> work(new ArrayList<>(), "", seen(), i))),
                1,
                0.01,
                0.05,
                compiledMillis);
    }

    @Test
    void refusesNothingToMeasure() {
        assertThatThrownBy(() -> new Throughput.Work<>(List.of(), i -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to measure");
    }

    private static List<Integer> seen() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    private static void work(List<String> order, String kind, List<Integer> seen, int input) {
        if (order.isEmpty() || !order.get(order.size() - 1).equals(kind)) {
            order.add(kind);
        }
        seen.add(input);
        LockSupport.parkNanos(200_000);
    }
}
