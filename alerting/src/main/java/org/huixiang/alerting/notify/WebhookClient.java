package org.huixiang.alerting.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Webhook;

/**
 * Delivers one notice to one webhook, retrying with doubling pauses. 2xx is delivered; a robot's
 * {@code errcode} other than 0 in a 2xx answer (企业微信, 钉钉 report errors that way) counts as a
 * failure too. Never throws: the future ends with the outcome.
 */
final class WebhookClient {

    private final HttpClient http;
    private final NotificationSettings settings;

    WebhookClient(HttpClient http, NotificationSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    CompletableFuture<Retry.Delivery> deliver(Webhook hook, byte[] body) {
        return Retry.run(
                "webhook " + hook.name(),
                () -> once(hook, body),
                settings.attempts(),
                settings.firstPause());
    }

    private CompletableFuture<String> once(Webhook hook, byte[] body) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(hook.url()))
                        .timeout(settings.timeout())
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(WebhookClient::problem);
    }

    private static String problem(HttpResponse<String> response) {
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
