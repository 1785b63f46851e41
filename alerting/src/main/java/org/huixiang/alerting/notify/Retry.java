package org.huixiang.alerting.notify;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Tries a delivery until it succeeds or the attempts are spent, doubling the pause each time. */
final class Retry {

    private Retry() {}

    /** The outcome of a delivery to one channel: a null problem when delivered. */
    record Delivery(String channel, int attempts, String problem) {
        boolean delivered() {
            return problem == null;
        }
    }

    /**
     * @param attempt one try; completes with null when delivered, else with the problem
     */
    static CompletableFuture<Delivery> run(
            String channel,
            Supplier<CompletableFuture<String>> attempt,
            int attempts,
            Duration pause) {
        return run(channel, attempt, attempts, pause, 1);
    }

    private static String describe(Throwable e) {
        Throwable cause =
                e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause()
                        : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static CompletableFuture<Delivery> run(
            String channel,
            Supplier<CompletableFuture<String>> attempt,
            int attempts,
            Duration pause,
            int n) {
        return attempt.get()
                .exceptionally(Retry::describe)
                .thenCompose(
                        problem -> {
                            if (problem == null || n >= attempts) {
                                return CompletableFuture.completedFuture(
                                        new Delivery(channel, n, problem));
                            }
                            return CompletableFuture.supplyAsync(
                                            () -> null,
                                            CompletableFuture.delayedExecutor(
                                                    pause.toMillis(), TimeUnit.MILLISECONDS))
                                    .thenCompose(
                                            x ->
                                                    run(
                                                            channel,
                                                            attempt,
                                                            attempts,
                                                            pause.multipliedBy(2),
                                                            n + 1));
                        });
    }
}
