package org.huixiang.devstack;

/** The embedded stack could not start or stop; the message says what to do about it. */
public class DevStackException extends RuntimeException {

    public DevStackException(String message) {
        super(message);
    }

    public DevStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
