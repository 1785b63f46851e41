package org.huixiang.common.flink;

import java.time.Clock;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.huixiang.common.config.FlinkSettings.EventTime;

/**
 * Watermarks for the Kafka topics huixiang reads, whose record timestamps are the moment a record
 * reached the intake (or, for a replay of history, the moment it originally did).
 *
 * <p>Records may arrive {@code outOfOrderness} late. In {@link EventTime#LIVE} mode the watermark
 * also follows the wall clock, less that bound, so that deadlines and response commands are handled
 * on time when no record arrives for hours; in {@link EventTime#REPLAY} mode only records advance
 * it, so a replayed day behaves as the day did.
 */
public final class IntakeWatermarks<T> implements WatermarkGenerator<T> {

    private final long outOfOrderness;
    private final Clock wallClock;
    private long maxTimestamp = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    IntakeWatermarks(Duration outOfOrderness, Clock wallClock) {
        this.outOfOrderness = outOfOrderness.toMillis();
        this.wallClock = wallClock;
    }

    /**
     * The strategy for one source: record timestamps as event time. In replay mode a partition
     * without records for {@code idleness} stops holding the watermark back; in live mode the wall
     * clock moves every partition on, and marking one idle would stop it (an operator whose inputs
     * are all idle emits no watermark at all).
     */
    public static <T> WatermarkStrategy<T> strategy(
            EventTime mode, Duration outOfOrderness, Duration idleness) {
        if (mode == EventTime.LIVE) {
            return context -> new IntakeWatermarks<>(outOfOrderness, Clock.systemUTC());
        }
        WatermarkStrategy<T> replay = context -> new IntakeWatermarks<>(outOfOrderness, null);
        return replay.withIdleness(idleness);
    }

    @Override
    public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
        maxTimestamp = Math.max(maxTimestamp, eventTimestamp);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long candidate =
                maxTimestamp == Long.MIN_VALUE ? Long.MIN_VALUE : maxTimestamp - outOfOrderness - 1;
        if (wallClock != null) {
            candidate = Math.max(candidate, wallClock.millis() - outOfOrderness - 1);
        }
        if (candidate > emitted) {
            emitted = candidate;
            output.emitWatermark(new Watermark(candidate));
        }
    }
}
