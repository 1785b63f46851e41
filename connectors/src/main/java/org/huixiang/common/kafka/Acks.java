package org.huixiang.common.kafka;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the broker to acknowledge sends, with one meaning for every failure. */
public final class Acks {

    private Acks() {}

    /**
     * Returns when every send is acknowledged.
     *
     * @throws IllegalStateException when the broker refused one, or the wait was interrupted
     */
    public static void awaitAll(List<? extends Future<?>> sends) {
        for (Future<?> send : sends) {
            try {
                send.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused a record", e.getCause());
            }
        }
    }
}
