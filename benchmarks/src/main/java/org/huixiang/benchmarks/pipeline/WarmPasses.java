package org.huixiang.benchmarks.pipeline;

import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * Repeats a measured pass over a fresh server until its rate stops rising, and keeps the last pass.
 * A broker or node just started runs its first passes mostly in its JIT compiler: on this machine
 * Elasticsearch bulk-indexed the benchmark's 20,000 documents at ~2,600 docs/s on the first pass
 * and ~9,000 from the third on, so a single pass measured start-up, not the ceiling.
 */
final class WarmPasses {

    /** A pass within this factor of the one before counts as steady. */
    static final double STEADY = 1.10;

    /** Passes at most, steady or not; the last is the one kept. */
    static final int MAX_PASSES = 5;

    private WarmPasses() {}

    /**
     * Runs {@code pass} until its {@code rate} is below {@link #STEADY} times the one before, or
     * {@link #MAX_PASSES} times; returns the last pass's result.
     */
    static <T> T untilSteady(Callable<T> pass, ToDoubleFunction<T> rate) throws Exception {
        T last = pass.call();
        for (int done = 1; done < MAX_PASSES; done++) {
            T next = pass.call();
            boolean steady = rate.applyAsDouble(next) < STEADY * rate.applyAsDouble(last);
            last = next;
            if (steady) {
                break;
            }
        }
        return last;
    }
}
