package org.huixiang.console.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.AccountStore;
import org.huixiang.console.auth.PasswordHasher;
import org.huixiang.console.auth.Session;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.console.auth.Sessions;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;

/**
 * Log in, log out, who am I. Ten wrong passwords for one username lock it for a quarter of an hour;
 * an unknown user, a wrong password and a disabled account get the same answer.
 */
public final class SessionApi {

    static final int MAX_FAILURES = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final AccountStore accounts;
    private final Sessions sessions;
    private final boolean secureCookies;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SessionApi(
            AccountStore accounts,
            Sessions sessions,
            boolean secureCookies,
            Duration ttl,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The login request. */
    public record Credentials(String username, String password) {}

    /** What the UI needs to know about its session. */
    public record Me(Account.View account, String csrf) {}

    private record Failures(int count, Instant since) {}

    public Me login(Call call) throws IOException {
        Credentials c = call.body(Credentials.class);
        if (c.username() == null || c.password() == null) {
            throw ApiException.badRequest("username and password are required");
        }
        Failures f = failures.get(c.username());
        if (f != null
                && f.count() >= MAX_FAILURES
                && clock.instant().isBefore(f.since().plus(LOCKOUT))) {
            throw new ApiException(429, "locked", "too many failed attempts; try again later");
        }
        Account account = accounts.find(c.username()).orElse(null);
        if (account == null
                || account.disabled()
                || !PasswordHasher.matches(c.password().toCharArray(), account.passwordHash())) {
            failures.merge(
                    c.username(),
                    new Failures(1, clock.instant()),
                    (old, one) ->
                            clock.instant().isAfter(old.since().plus(LOCKOUT))
                                    ? one
                                    : new Failures(old.count() + 1, old.since()));
            throw new ApiException(401, "bad_credentials", "wrong username or password");
        }
        failures.remove(c.username());
        Session s = sessions.open(account);
        call.setHeader("Set-Cookie", cookie(s.token(), ttl.toSeconds()));
        return new Me(account.view(), s.csrf());
    }

    public Map<String, Boolean> logout(Call call) {
        sessions.close(SessionAccess.of(call).token());
        call.setHeader("Set-Cookie", cookie("", 0));
        return Map.of("ok", true);
    }

    public Me me(Call call) {
        Session s = SessionAccess.of(call);
        return new Me(s.account().view(), s.csrf());
    }

    private String cookie(String value, long maxAge) {
        return SessionAccess.COOKIE
                + "="
                + value
                + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + maxAge
                + (secureCookies ? "; Secure" : "");
    }
}
