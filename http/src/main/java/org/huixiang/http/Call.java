package org.huixiang.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huixiang.common.json.Json;

/**
 * One call: the exchange, its path and query parameters, and who is calling as its route's {@link
 * Access} admitted them.
 */
public final class Call {

    /** A JSON body beyond this is refused: the console's calls send a few kilobytes. */
    private static final int MAX_JSON_BODY = 1 << 20;

    /** How much of an oversized body is still read (and dropped) before answering 413. */
    private static final int DRAIN_FACTOR = 4;

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private Object principal;

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

    /** The JSON body as a record; 400 when it is not one, 413 when it is over 1 MiB. */
    public <T> T body(Class<T> type) {
        byte[] bytes = bytes(MAX_JSON_BODY);
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw ApiException.badRequest(
                    "the body is not the expected JSON: "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * The body's bytes; 413 when it is over {@code max}. An oversized body is still read on (up to
     * a bound) and dropped: closing a connection with unread bytes resets it, and the client would
     * lose the 413 that tells it why.
     */
    public byte[] bytes(int max) {
        try {
            InputStream in = exchange.getRequestBody();
            byte[] body = in.readNBytes(max + 1);
            if (body.length <= max) {
                return body;
            }
            long drained = 0;
            byte[] sink = new byte[64 << 10];
            int n;
            while (drained < (long) DRAIN_FACTOR * max && (n = in.read(sink)) > 0) {
                drained += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new ApiException(413, "too_large", "the body is over " + size(max));
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
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

    /**
     * Who is calling, as the route's access attached it.
     *
     * @throws ApiException 401 on a route whose access attached no one of this type
     */
    public <T> T principal(Class<T> type) {
        if (!type.isInstance(principal)) {
            throw ApiException.unauthorized();
        }
        return type.cast(principal);
    }

    /** Attaches who is calling; for {@link Access#admit}. */
    public void attach(Object caller) {
        principal = caller;
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
