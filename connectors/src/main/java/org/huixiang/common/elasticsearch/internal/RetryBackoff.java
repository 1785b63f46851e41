package org.huixiang.common.elasticsearch.internal;

import java.io.Serializable;
import java.time.Duration;

/**
 * Capped exponential backoff shared by all requests of one writer: while Elasticsearch is failing,
 * every retry waits longer (up to the cap); the first success resets it.
 */
public final class RetryBackoff implements Serializable {

    private final long initialMillis;
    private final long maxMillis;
    private int failures;

    public RetryBackoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** Records a failure and returns how long to wait before retrying. */
    public synchronized Duration nextDelay() {
        int shift = Math.min(failures, 30);
        failures++;
        return Duration.ofMillis(Math.min(maxMillis, initialMillis << shift));
    }

    public synchronized void reset() {
        failures = 0;
    }

    public synchronized int consecutiveFailures() {
        return failures;
    }
}
