package org.huixiang.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.huixiang.common.json.Json;

/**
 * A console API client holding its own session cookie, as one browser would. (The JDK's
 * CookieManager does not send cookies back to a bare IP address, so the cookie is kept by hand.)
 */
final class ConsoleClient {

    /** A response: status, JSON body (or null), raw body and the Set-Cookie header. */
    record Response(int status, JsonNode json, String body, String setCookie) {}

    private final String base;
    private final HttpClient http;
    private String csrf;
    private String cookie;

    ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    Response login(String username, String password) throws Exception {
        Response r =
                send(
                        "POST",
                        "/api/login",
                        Map.of("username", username, "password", password),
                        false);
        if (r.status() == 200) {
            csrf = r.json().path("csrf").asText();
            cookie = r.setCookie().split(";", 2)[0];
        }
        return r;
    }

    Response get(String path) throws Exception {
        return send("GET", path, null, true);
    }

    Response post(String path, Object body) throws Exception {
        return send("POST", path, body, true);
    }

    Response put(String path, Object body) throws Exception {
        return send("PUT", path, body, true);
    }

    /** A state-changing call without the CSRF token, as a forged cross-site request would be. */
    Response postWithoutCsrf(String path, Object body) throws Exception {
        return send("POST", path, body, false);
    }

    private Response send(String method, String path, Object body, boolean withCsrf)
            throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (withCsrf && csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(Json.toBytes(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (r.headers().firstValue("Content-Type").orElse("").contains("json")
                && !r.body().isEmpty()) {
            json = Json.mapper().readTree(r.body());
        }
        return new Response(
                r.statusCode(), json, r.body(), r.headers().firstValue("Set-Cookie").orElse(null));
    }
}
