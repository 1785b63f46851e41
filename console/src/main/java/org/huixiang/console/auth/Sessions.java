package org.huixiang.console.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions of one console process, in memory: a restart logs everyone out, and several console
 * replicas would need sticky sessions. Idle sessions expire after the configured time.
 */
public final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    public Sessions(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    public Session open(Account account) {
        Session s = new Session(token(), token(), account, clock.instant().plus(ttl));
        byToken.put(s.token(), s);
        return s;
    }

    /** The live session of this token, its expiry pushed forward; empty when unknown or expired. */
    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = byToken.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(s.expiresAt())) {
            byToken.remove(token);
            return Optional.empty();
        }
        Session touched = s.touched(clock.instant().plus(ttl));
        byToken.put(token, touched);
        return Optional.of(touched);
    }

    public void close(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    /** Ends every session of an account (disabled, password or role changed). */
    public void closeAll(String username) {
        byToken.values().removeIf(s -> s.account().username().equals(username));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
