package org.huixiang.alerting.notify;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Webhook;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.DeadLetter;

/**
 * Pushes new and escalated alerts to the configured webhooks, without blocking the stream (Flink
 * async I/O). Emits nothing for a delivered notice and one dead letter ({@code
 * notification_failed}) per webhook that still failed after the last attempt.
 */
public final class NotificationFunction extends RichAsyncFunction<Alert, DeadLetter> {

    private final NotificationSettings settings;
    private transient WebhookClient client;

    public NotificationFunction(NotificationSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        client =
                new WebhookClient(
                        HttpClient.newBuilder().connectTimeout(settings.timeout()).build(),
                        settings);
    }

    /** The longest a notice can take: every attempt timing out, and the pauses between them. */
    public static Duration budget(NotificationSettings settings) {
        Duration pauses = Duration.ZERO;
        Duration pause = settings.firstPause();
        for (int i = 1; i < settings.attempts(); i++) {
            pauses = pauses.plus(pause);
            pause = pause.multipliedBy(2);
        }
        return settings.timeout().multipliedBy(settings.attempts()).plus(pauses).plusSeconds(5);
    }

    @Override
    public void timeout(Alert alert, ResultFuture<DeadLetter> result) {
        result.complete(
                List.of(
                        new DeadLetter(
                                "notification_failed",
                                "notifying took longer than " + budget(settings),
                                "notify",
                                null,
                                Json.toBytes(alert),
                                Instant.now())));
    }

    @Override
    public void asyncInvoke(Alert alert, ResultFuture<DeadLetter> result) {
        Optional<Notice> notice = Notice.of(alert);
        List<CompletableFuture<WebhookClient.Delivery>> deliveries = new ArrayList<>();
        if (notice.isPresent()) {
            for (Webhook hook : settings.webhooks()) {
                if (notice.get().wantedBy(hook)) {
                    deliveries.add(client.deliver(hook, notice.get().body(hook.format())));
                }
            }
        }
        CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
                .thenRun(
                        () -> {
                            List<DeadLetter> failed = new ArrayList<>();
                            for (CompletableFuture<WebhookClient.Delivery> d : deliveries) {
                                WebhookClient.Delivery delivery = d.join();
                                if (!delivery.delivered()) {
                                    failed.add(
                                            new DeadLetter(
                                                    "notification_failed",
                                                    "webhook "
                                                            + delivery.hook().name()
                                                            + " after "
                                                            + delivery.attempts()
                                                            + " attempts: "
                                                            + delivery.problem(),
                                                    "notify",
                                                    null,
                                                    Json.toBytes(alert),
                                                    Instant.now()));
                                }
                            }
                            result.complete(failed);
                        });
    }
}
