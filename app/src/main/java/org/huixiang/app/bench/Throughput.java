package org.huixiang.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

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

    private Throughput() {}

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
