package org.huixiang.benchmarks.pipeline;

import java.util.Collection;

/**
 * A latency distribution in milliseconds.
 *
 * @param samples how many latencies were measured
 * @param missing how many were expected but never observed within the wait
 */
public record Latencies(int samples, int missing, long p50, long p99, long max) {

    /** Nearest-rank percentiles of {@code millis}. */
    public static Latencies of(Collection<Long> millis, int missing) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(0, missing, -1, -1, -1);
        }
        return new Latencies(
                sorted.length,
                missing,
                percentile(sorted, 50),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    @Override
    public String toString() {
        return samples == 0
                ? "no samples"
                : "p50 "
                        + p50
                        + " ms, p99 "
                        + p99
                        + " ms, max "
                        + max
                        + " ms ("
                        + samples
                        + " samples"
                        + (missing > 0 ? ", " + missing + " never seen" : "")
                        + ")";
    }
}
