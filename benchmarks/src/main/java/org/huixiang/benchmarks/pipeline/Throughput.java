package org.huixiang.benchmarks.pipeline;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Items per second of a CPU-bound task on a number of threads, each cycling over the inputs. */
public final class Throughput {

    /** A CPU-bound task and the inputs it cycles over. */
    public record Work<T>(List<T> inputs, Consumer<T> task) {
        public Work {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("nothing to measure");
            }
        }
    }

    /** The rates, in items per second, of the two kinds of work given to {@link #alternating}. */
    public record Rates(double first, double second) {}

    /** How long each turn of {@link #alternating} lasts, unless a caller needs other. */
    public static final double SLICE_SECONDS = 1.0;

    /**
     * A warm-up turn in which the JVM compiled for less than this share of the turn's wall time
     * counts as quiet: after the JIT's start-up burst, turns here compiled 0-5 %.
     */
    static final double QUIET_COMPILING = 0.10;

    /** How long {@link #warmUntilCompiled(List, int)} waits for the JIT to go quiet at most. */
    static final double MAX_WARMUP_SECONDS = 30;

    /**
     * How a warm-up ended.
     *
     * @param quiet whether the JIT went quiet; false if it still compiled when time was up, or if
     *     this JVM does not report its compilation time
     */
    public record Warmup(double seconds, boolean quiet) {
        @Override
        public String toString() {
            return quiet
                    ? String.format("the JIT compiler was quiet after %.0f s", seconds)
                    : String.format(
                            "the JIT compiler was still busy after %.0f s; measuring anyway",
                            seconds);
        }
    }

    private Throughput() {}

    /**
     * Runs the works by turns, {@link #SLICE_SECONDS} each on {@code threads} threads, until a
     * whole turn passes with the JIT compiler quiet (see {@link #QUIET_COMPILING}), or {@link
     * #MAX_WARMUP_SECONDS}. A ceiling measured while the compiler still works measures the
     * compiler, and not evenly: in one run the analyzer's turns ran at 0.63-0.76 of segmentation's
     * rate while the JVM compiled (5.5 s of compiling in 6 s of turns), at 0.66-0.94 afterwards.
     */
    public static Warmup warmUntilCompiled(List<Work<?>> works, int threads) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        LongSupplier compiledMillis =
                jit != null && jit.isCompilationTimeMonitoringSupported()
                        ? jit::getTotalCompilationTime
                        : null;
        return warmUntilCompiled(works, threads, SLICE_SECONDS, MAX_WARMUP_SECONDS, compiledMillis);
    }

    /**
     * {@link #warmUntilCompiled(List, int)} with its slice, its limit and the JVM's total
     * compilation time in milliseconds ({@code null}: unknown, so never quiet) given.
     */
    static Warmup warmUntilCompiled(
            List<Work<?>> works,
            int threads,
            double slice,
            double maxSeconds,
            LongSupplier compiledMillis)
            throws Exception {
        List<Tally> tallies = works.stream().map(w -> new Tally()).toList();
        long start = System.nanoTime();
        while (true) {
            long turnStart = System.nanoTime();
            long compiledBefore = compiledMillis == null ? 0 : compiledMillis.getAsLong();
            for (int w = 0; w < works.size(); w++) {
                run(works.get(w), threads, slice, tallies.get(w));
            }
            long now = System.nanoTime();
            double seconds = (now - start) / 1e9;
            if (compiledMillis != null) {
                double compiling = (compiledMillis.getAsLong() - compiledBefore) / 1e3;
                if (compiling < QUIET_COMPILING * (now - turnStart) / 1e9) {
                    return new Warmup(seconds, true);
                }
            }
            if (seconds >= maxSeconds) {
                return new Warmup(seconds, false);
            }
        }
    }

    /**
     * Runs {@code task} over {@code inputs} on {@code threads} threads for {@code seconds}; each
     * thread starts at its own offset so they do not work in lockstep on the same item.
     */
    public static <T> double measure(List<T> inputs, Consumer<T> task, int threads, double seconds)
            throws Exception {
        Tally tally = new Tally();
        run(new Work<>(inputs, task), threads, seconds, tally);
        return tally.rate();
    }

    /**
     * Runs two kinds of work by turns, {@code slice} seconds each, until each has run {@code
     * seconds}. Measured one after the other, two rates on a shared machine see different moments
     * of its load (the benchmark's rates moved by a third between runs); by turns, both see the
     * same, and their ratio is steadier. Each kind goes on where its last slice stopped.
     */
    public static Rates alternating(
            Work<?> first, Work<?> second, int threads, double seconds, double slice)
            throws Exception {
        Tally a = new Tally();
        Tally b = new Tally();
        int turns = Math.max(1, (int) Math.round(seconds / slice));
        for (int turn = 0; turn < turns; turn++) {
            run(first, threads, seconds / turns, a);
            run(second, threads, seconds / turns, b);
        }
        return new Rates(a.rate(), b.rate());
    }

    /** What one kind of work did so far, and where in its inputs it stopped. */
    private static final class Tally {
        long items;
        long nanos;
        int cursor;

        double rate() {
            return items / (nanos / 1e9);
        }
    }

    private static <T> void run(Work<T> work, int threads, double seconds, Tally tally)
            throws Exception {
        List<T> inputs = work.inputs();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = tally.cursor + t * inputs.size() / threads;
                done.add(
                        pool.submit(
                                () -> {
                                    long n = 0;
                                    for (int i = offset; System.nanoTime() < deadline; i++) {
                                        work.task().accept(inputs.get(i % inputs.size()));
                                        n++;
                                    }
                                    return n;
                                }));
            }
            long total = 0;
            long fewest = Long.MAX_VALUE;
            for (Future<Long> f : done) {
                long n = f.get();
                total += n;
                fewest = Math.min(fewest, n);
            }
            tally.items += total;
            tally.nanos += System.nanoTime() - start;
            tally.cursor = (int) ((tally.cursor + fewest) % inputs.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
