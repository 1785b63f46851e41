package org.huixiang.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Items per second of a CPU-bound task on a number of threads, each cycling over the inputs. */
public final class Throughput {

    private Throughput() {}

    /**
     * Runs {@code task} over {@code inputs} on {@code threads} threads for {@code seconds}; each
     * thread starts at its own offset so they do not work in lockstep on the same item.
     */
    public static <T> double measure(List<T> inputs, Consumer<T> task, int threads, double seconds)
            throws Exception {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to measure");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * inputs.size() / threads;
                done.add(
                        pool.submit(
                                () -> {
                                    long n = 0;
                                    for (int i = offset; System.nanoTime() < deadline; i++) {
                                        task.accept(inputs.get(i % inputs.size()));
                                        n++;
                                    }
                                    return n;
                                }));
            }
            long total = 0;
            for (Future<Long> f : done) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
