package org.huixiang.alerting.notify;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Webhook;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.DeadLetter;

/**
 * Pushes new and escalated alerts to the configured webhooks and e-mail, without blocking the
 * stream (Flink async I/O). Emits nothing for a delivered notice and one dead letter ({@code
 * notification_failed}) per channel that still failed after the last attempt.
 */
public final class NotificationFunction extends RichAsyncFunction<Alert, DeadLetter> {

    private final NotificationSettings settings;
    private transient WebhookClient webhooks;
    private transient EmailSender email;
    private transient ExecutorService mailThreads;

    public NotificationFunction(NotificationSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        webhooks =
                new WebhookClient(
                        HttpClient.newBuilder().connectTimeout(settings.timeout()).build(),
                        settings);
        if (settings.email() != null) {
            mailThreads = Executors.newFixedThreadPool(2);
            email = new EmailSender(settings, mailThreads);
        }
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
        result.complete(List.of(failure(alert, "notifying took longer than " + budget(settings))));
    }

    @Override
    public void asyncInvoke(Alert alert, ResultFuture<DeadLetter> result) {
        Optional<Notice> notice = Notice.of(alert);
        List<CompletableFuture<Retry.Delivery>> deliveries = new ArrayList<>();
        if (notice.isPresent()) {
            for (Webhook hook : settings.webhooks()) {
                if (notice.get().wantedBy(hook)) {
                    deliveries.add(webhooks.deliver(hook, notice.get().body(hook.format())));
                }
            }
            if (email != null && email.wants(notice.get())) {
                deliveries.add(email.deliver(notice.get()));
            }
        }
        CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
                .thenRun(
                        () -> {
                            List<DeadLetter> failed = new ArrayList<>();
                            for (CompletableFuture<Retry.Delivery> d : deliveries) {
                                Retry.Delivery delivery = d.join();
                                if (!delivery.delivered()) {
                                    failed.add(
                                            failure(
                                                    alert,
                                                    delivery.channel()
                                                            + " after "
                                                            + delivery.attempts()
                                                            + " attempts: "
                                                            + delivery.problem()));
                                }
                            }
                            result.complete(failed);
                        });
    }

    private static DeadLetter failure(Alert alert, String detail) {
        return new DeadLetter(
                DeadLetterReason.NOTIFICATION_FAILED.code(),
                detail,
                "notify",
                null,
                Json.toBytes(alert),
                Instant.now());
    }

    @Override
    public void close() {
        if (mailThreads != null) {
            mailThreads.shutdownNow();
        }
    }
}
