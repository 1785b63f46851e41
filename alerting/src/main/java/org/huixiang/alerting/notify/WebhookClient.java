package org.huixiang.alerting.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Webhook;

/**
 * Delivers one notice to one webhook, retrying with doubling pauses. 2xx is delivered; a robot's
 * {@code errcode} other than 0 in a 2xx answer (企业微信, 钉钉 report errors that way) counts as a
 * failure too. Never throws: the future ends with the outcome.
 */
public final class WebhookClient {

    private final HttpClient http;
    private final NotificationSettings settings;

    public WebhookClient(HttpClient http, NotificationSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** The outcome of a delivery: null problem when delivered. */
    public record Delivery(Webhook hook, int attempts, String problem) {
        public boolean delivered() {
            return problem == null;
        }
    }

    public CompletableFuture<Delivery> deliver(Webhook hook, byte[] body) {
        return attempt(hook, body, 1, settings.firstPause());
    }

    private CompletableFuture<Delivery> attempt(Webhook hook, byte[] body, int n, Duration pause) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(hook.url()))
                        .timeout(settings.timeout())
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> problem(response, error))
                .thenCompose(
                        problem -> {
                            if (problem == null) {
                                return CompletableFuture.completedFuture(
                                        new Delivery(hook, n, null));
                            }
                            if (n >= settings.attempts()) {
                                return CompletableFuture.completedFuture(
                                        new Delivery(hook, n, problem));
                            }
                            return CompletableFuture.supplyAsync(
                                            () -> null,
                                            CompletableFuture.delayedExecutor(
                                                    pause.toMillis(), TimeUnit.MILLISECONDS))
                                    .thenCompose(
                                            x -> attempt(hook, body, n + 1, pause.multipliedBy(2)));
                        });
    }

    private static String problem(HttpResponse<String> response, Throwable error) {
        if (error != null) {
            return error.getClass().getSimpleName() + ": " + error.getMessage();
        }
        if (response.statusCode() / 100 != 2) {
            return "HTTP " + response.statusCode();
        }
        String body = response.body() == null ? "" : response.body().replace(" ", "");
        if (body.contains("\"errcode\":") && !body.contains("\"errcode\":0")) {
            return "robot answered " + response.body();
        }
        return null;
    }
}
