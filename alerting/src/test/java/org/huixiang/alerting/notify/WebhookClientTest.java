package org.huixiang.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Format;
import org.huixiang.common.config.NotificationSettings.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries against a real HTTP server on loopback. */
class WebhookClientTest {

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();
    final NotificationSettings settings =
            new NotificationSettings(
                    List.of(), null, 3, Duration.ofMillis(20), Duration.ofSeconds(2));
    final WebhookClient client = new WebhookClient(HttpClient.newHttpClient(), settings);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/flaky", e -> reply(e, calls.incrementAndGet() < 3 ? 503 : 200, "{}"));
        server.createContext(
                "/down",
                e -> {
                    calls.incrementAndGet();
                    reply(e, 500, "{}");
                });
        server.createContext(
                "/robot",
                e -> reply(e, 200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static void reply(com.sun.net.httpserver.HttpExchange e, int status, String body)
            throws java.io.IOException {
        e.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    Webhook hook(String path) {
        return new Webhook(
                path,
                Format.GENERIC,
                "http://127.0.0.1:" + server.getAddress().getPort() + path,
                List.of(),
                false);
    }

    @Test
    void retriesUntilTheEndpointAnswers() {
        Retry.Delivery d = client.deliver(hook("/flaky"), new byte[] {'{', '}'}).join();
        assertThat(d.delivered()).isTrue();
        assertThat(d.attempts()).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheReason() {
        Retry.Delivery d = client.deliver(hook("/down"), new byte[] {'{', '}'}).join();
        assertThat(d.delivered()).isFalse();
        assertThat(d.attempts()).isEqualTo(3);
        assertThat(d.problem()).isEqualTo("HTTP 500");
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void aRobotErrorInA200IsAFailure() {
        Retry.Delivery d = client.deliver(hook("/robot"), new byte[] {'{', '}'}).join();
        assertThat(d.delivered()).isFalse();
        assertThat(d.problem()).contains("93000");
    }

    @Test
    void anUnreachableEndpointIsAFailureNotAnException() {
        Webhook nowhere =
                new Webhook("x", Format.GENERIC, "http://127.0.0.1:1/none", List.of(), false);
        Retry.Delivery d = client.deliver(nowhere, new byte[] {'{', '}'}).join();
        assertThat(d.delivered()).isFalse();
        assertThat(d.problem()).contains("ConnectException");
    }
}
