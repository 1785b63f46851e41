package org.huixiang.console.auth;

import java.time.Instant;

/**
 * A logged-in account. The token travels only in an HttpOnly SameSite=Strict cookie; the CSRF token
 * must come back in the {@code X-CSRF-Token} header of every state-changing call.
 */
public record Session(String token, String csrf, Account account, Instant expiresAt) {

    public Session touched(Instant until) {
        return new Session(token, csrf, account, until);
    }
}
