package org.huixiang.common.config;

import java.io.Serializable;
import java.time.Duration;

/**
 * The console service: where it listens, the first-run administrator, sessions.
 *
 * @param adminUser the administrator created when no account exists yet
 * @param adminPassword that administrator's password, from {@code HUIXIANG_ADMIN_PASSWORD} or a
 *     file; null when not given (the console then refuses to start on an empty account store,
 *     unless the caller supplies one, as the demo does with a random one it prints)
 * @param sessionTtl how long a session lasts without activity
 * @param secureCookies mark the session cookie Secure (behind HTTPS)
 */
public record ConsoleSettings(
        String host,
        int port,
        String adminUser,
        String adminPassword,
        Duration sessionTtl,
        boolean secureCookies)
        implements Serializable {

    public static ConsoleSettings defaults() {
        return new ConsoleSettings("127.0.0.1", 8080, "admin", null, Duration.ofHours(12), false);
    }

    public ConsoleSettings withAdminPassword(String password) {
        return new ConsoleSettings(host, port, adminUser, password, sessionTtl, secureCookies);
    }

    public ConsoleSettings withPort(int value) {
        return new ConsoleSettings(
                host, value, adminUser, adminPassword, sessionTtl, secureCookies);
    }
}
