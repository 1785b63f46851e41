package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;

/**
 * Reads {@code flink} into {@link FlinkSettings}. Apart because these settings shape the job rather
 * than a connection: its parallelism, where its state survives a restart, and which clock its
 * deadlines follow.
 */
final class FlinkSection {

    static final Set<String> KEYS =
            Set.of("parallelism", "checkpoint_interval", "checkpoint_dir", "event_time");

    private FlinkSection() {}

    /**
     * Parallelism, checkpoints, and whether event time follows the clock. Null when a problem was
     * found; the loader then reports them all.
     */
    static FlinkSettings read(ConfigSource source) {
        JsonNode flink = source.at("flink");
        int before = source.problemCount();
        int parallelism =
                source.integer(
                        flink, "flink.parallelism", EnvironmentOverride.FLINK_PARALLELISM, 2, 1);
        Duration interval =
                source.duration(
                        flink,
                        "flink.checkpoint_interval",
                        EnvironmentOverride.CHECKPOINT_INTERVAL,
                        Duration.ofSeconds(5));
        String checkpointDir =
                source.value(
                        EnvironmentOverride.CHECKPOINT_DIR,
                        flink,
                        "checkpoint_dir",
                        "var/checkpoints");
        String clock = source.value(EnvironmentOverride.EVENT_TIME, flink, "event_time", "live");
        FlinkSettings.EventTime eventTime =
                source.choice(
                        FlinkSettings.EventTime.class,
                        clock,
                        FlinkSettings.EventTime.LIVE,
                        "flink.event_time",
                        "is neither live nor replay",
                        "write live for a running system, replay to replay history");
        return source.ifClean(
                before, () -> new FlinkSettings(parallelism, interval, checkpointDir, eventTime));
    }
}
