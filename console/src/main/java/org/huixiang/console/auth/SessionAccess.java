package org.huixiang.console.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.huixiang.http.Access;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;

/**
 * The console's kinds of {@link Access}: any logged-in account, or accounts whose role has a
 * permission. The session comes from the {@link #COOKIE}; state-changing calls must also carry its
 * CSRF token in {@code X-CSRF-Token}. The admitted {@link Session} is the call's principal.
 */
public final class SessionAccess {

    /** The cookie that carries the session token. */
    public static final String COOKIE = "hx_session";

    private final Sessions sessions;
    private final Access loggedIn;

    public SessionAccess(Sessions sessions) {
        this.sessions = sessions;
        this.loggedIn = new Kind(null);
    }

    /** Any logged-in account. */
    public Access loggedIn() {
        return loggedIn;
    }

    /** Accounts whose role has the permission. */
    public Access needs(Permission permission) {
        return new Kind(permission);
    }

    /** The session of a call its route admitted. */
    public static Session of(Call call) {
        return call.principal(Session.class);
    }

    private final class Kind implements Access {

        private final Permission permission;

        Kind(Permission permission) {
            this.permission = permission;
        }

        @Override
        public void admit(Call call) {
            Session session =
                    call.cookie(COOKIE)
                            .flatMap(sessions::find)
                            .orElseThrow(ApiException::unauthorized);
            if (permission != null && !session.account().role().can(permission)) {
                throw ApiException.forbidden("your role may not do this");
            }
            if (!call.exchange().getRequestMethod().equals("GET")) {
                String sent = call.header("X-CSRF-Token");
                if (sent == null
                        || !MessageDigest.isEqual(
                                sent.getBytes(StandardCharsets.UTF_8),
                                session.csrf().getBytes(StandardCharsets.UTF_8))) {
                    throw new ApiException(403, "csrf", "missing or wrong X-CSRF-Token");
                }
            }
            call.attach(session);
        }

        @Override
        public String describe() {
            return permission == null ? "logged in" : "permission " + permission;
        }
    }
}
