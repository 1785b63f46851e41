package org.huixiang.http;

import java.nio.charset.StandardCharsets;
import org.huixiang.common.json.Json;

/**
 * A response with its status and type. A handler returning any other object gets it as JSON with
 * status 200; returning {@link #HANDLED} means it wrote the response itself (the event stream).
 */
public record Reply(int status, String contentType, byte[] body, String filename) {

    public static final Reply HANDLED = new Reply(0, null, null, null);

    private static final String JSON = "application/json; charset=utf-8";

    /** An object as JSON with a status other than 200 (the intake's 202 and 422). */
    public static Reply json(int status, Object body) {
        return new Reply(status, JSON, Json.toBytes(body), null);
    }

    public static Reply html(String html) {
        return new Reply(
                200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
    }

    /** A file the browser shows or uses, of a content type. */
    public static Reply of(String contentType, byte[] body) {
        return new Reply(200, contentType, body, null);
    }

    /** A file the browser downloads under {@code filename}. */
    public static Reply download(String contentType, byte[] body, String filename) {
        return new Reply(200, contentType, body, filename);
    }

    public static Reply status(int status) {
        return new Reply(status, null, new byte[0], null);
    }
}
