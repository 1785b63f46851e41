package org.huixiang.alerting.console.http;

import java.nio.charset.StandardCharsets;

/**
 * A response other than JSON: a page or a file. A handler returning any other object gets it as
 * JSON with status 200; returning {@link #HANDLED} means it wrote the response itself (the event
 * stream).
 */
public record Reply(int status, String contentType, byte[] body, String filename) {

    public static final Reply HANDLED = new Reply(0, null, null, null);

    public static Reply html(String html) {
        return new Reply(
                200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null);
    }

    /** A file the browser downloads under {@code filename}. */
    public static Reply download(String contentType, byte[] body, String filename) {
        return new Reply(200, contentType, body, filename);
    }

    public static Reply status(int status) {
        return new Reply(status, null, new byte[0], null);
    }
}
