package org.huixiang.http;

/**
 * An error the API reports to its caller as {@code {"error": code, "message": …}} with an HTTP
 * status, instead of a stack trace.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException unauthorized() {
        return unauthorized("log in first");
    }

    /** 401 with what the caller must bring (a session, a bearer token). */
    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    /** Also for what exists but the caller may not see: its existence is not revealed. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }
}
