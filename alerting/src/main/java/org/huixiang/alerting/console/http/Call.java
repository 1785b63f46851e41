package org.huixiang.alerting.console.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huixiang.alerting.console.auth.Session;
import org.huixiang.common.json.Json;

/** One API call: the exchange, its path and query parameters, and the caller's session. */
public final class Call {

    private static final int MAX_BODY = 1 << 20;

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private Session session;

    Call(HttpExchange exchange, Map<String, String> pathParams) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    public HttpExchange exchange() {
        return exchange;
    }

    public String path(String name) {
        return pathParams.get(name);
    }

    /** A query parameter, or null. */
    public String query(String name) {
        String v = query.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    public int queryInt(String name, int fallback, int max) {
        String v = query(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Math.max(0, Math.min(max, Integer.parseInt(v)));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }

    /** The JSON body as a record; 400 when it is not one. */
    public <T> T body(Class<T> type) {
        try {
            byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiException(413, "too_large", "the body is over 1 MiB");
            }
            return Json.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw ApiException.badRequest(
                    "the body is not the expected JSON: "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public Optional<String> cookie(String name) {
        List<String> headers = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : headers) {
            for (String part : header.split(";")) {
                String[] kv = part.trim().split("=", 2);
                if (kv.length == 2 && kv[0].equals(name)) {
                    return Optional.of(kv[1]);
                }
            }
        }
        return Optional.empty();
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The caller's session; only on routes that require one. */
    public Session session() {
        if (session == null) {
            throw ApiException.unauthorized();
        }
        return session;
    }

    void session(Session value) {
        session = value;
    }

    public void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                params.put(
                        URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException("bad query " + raw));
            }
        }
        return params;
    }
}
