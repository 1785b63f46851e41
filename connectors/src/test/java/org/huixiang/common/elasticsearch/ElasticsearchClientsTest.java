package org.huixiang.common.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.huixiang.common.config.ElasticsearchConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the client sends to authenticate, seen by a local HTTP server. */
class ElasticsearchClientsTest {

    final List<String> authorization = new CopyOnWriteArrayList<>();
    HttpServer server;
    String url;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    authorization.add(
                            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                    exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheApiKeyOnEveryRequest() throws Exception {
        ElasticsearchConnection connection =
                new ElasticsearchConnection(
                        List.of(url), null, null, "a2V5OnNlY3JldA==", null, null);
        try (ElasticsearchClients clients = ElasticsearchClients.connect(connection)) {
            assertThat(clients.sync().ping().value()).isTrue();
            assertThat(clients.sync().ping().value()).isTrue();
        }
        assertThat(authorization)
                .containsExactly("ApiKey a2V5OnNlY3JldA==", "ApiKey a2V5OnNlY3JldA==");
        assertThat(connection.toString()).doesNotContain("a2V5OnNlY3JldA==");
    }

    @Test
    void sendsNoCredentialsWhenNoneAreConfigured() throws Exception {
        try (ElasticsearchClients clients =
                ElasticsearchClients.connect(ElasticsearchConnection.of(url))) {
            assertThat(clients.sync().ping().value()).isTrue();
        }
        assertThat(authorization).containsExactly("null");
    }

    @Test
    void refusesAnApiKeyTogetherWithAUser() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                new ElasticsearchConnection(
                                        List.of(url), "elastic", "pw", "key", null, null))
                .hasMessageContaining("either an API key or a username");
    }
}
