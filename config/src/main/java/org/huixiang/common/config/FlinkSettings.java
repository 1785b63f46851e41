package org.huixiang.common.config;

import java.io.Serializable;
import java.time.Duration;

/**
 * Parallelism, checkpointing and the clock of the application.
 *
 * @param eventTime how event time advances: {@code LIVE} for a running system (the watermark
 *     follows the wall clock when no records arrive, so deadlines fire on a quiet night), {@code
 *     REPLAY} for replays of history (time advances only with the records)
 */
public record FlinkSettings(
        int parallelism, Duration checkpointInterval, String checkpointDir, EventTime eventTime)
        implements Serializable {

    /** How event time advances. */
    public enum EventTime {
        LIVE,
        REPLAY
    }
}
