package org.huixiang.common.elasticsearch;

import java.io.Serializable;

/**
 * Receives the writes Elasticsearch rejected for good (a 4xx other than 409/429: bad field value,
 * document too large, …). Retrying those would loop forever; they go to a dead-letter instead.
 */
public interface RejectedItemHandler extends Serializable {

    /** Called once per writer before the first rejection. */
    default void open() {}

    /** Called from the client's I/O thread; implementations must be thread-safe. */
    void rejected(IndexRequest request, int status, String reason);

    default void close() {}

    /** Fails the job on any rejection: for tests and for indices where every write must succeed. */
    static RejectedItemHandler failing() {
        return (request, status, reason) -> {
            throw new IllegalStateException(request + " rejected with " + status + ": " + reason);
        };
    }
}
