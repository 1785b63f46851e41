package org.huixiang.alerting.notify;

import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.DeadLetter;

/** Notifications as a function from the alert stream to the dead letters of failed deliveries. */
public final class NotificationStage {

    /** Deliveries that failed after their last attempt. */
    public static final String FAILED_ACCUMULATOR = "notifications_failed";

    private static final int IN_FLIGHT = 100;

    private NotificationStage() {}

    public static DataStream<DeadLetter> apply(
            DataStream<Alert> alerts, NotificationSettings settings) {
        return AsyncDataStream.unorderedWait(
                        alerts,
                        new NotificationFunction(settings),
                        NotificationFunction.budget(settings).toMillis(),
                        TimeUnit.MILLISECONDS,
                        IN_FLIGHT)
                .returns(EdgeTypeInfo.of(DeadLetter.class))
                .name("notify: webhooks")
                .uid("notify-webhooks")
                .process(new CountFailures())
                .returns(EdgeTypeInfo.of(DeadLetter.class))
                .name("notify: count failures")
                .uid("notify-count-failures");
    }
}
