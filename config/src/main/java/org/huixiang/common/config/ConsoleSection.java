package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads {@code console} into {@link ConsoleSettings}. Apart because it holds the first
 * administrator's password, a secret that may come from a mounted file, while its defaults suit a
 * console on the operator's own machine.
 */
final class ConsoleSection {

    static final Set<String> KEYS =
            Set.of(
                    "host",
                    "port",
                    "admin_user",
                    "admin_password",
                    "admin_password_file",
                    "session_ttl",
                    "secure_cookies");

    private ConsoleSection() {}

    static ConsoleSettings read(ConfigSource source) {
        JsonNode section = source.at("console");
        ConsoleSettings d = ConsoleSettings.defaults();
        return new ConsoleSettings(
                source.value(EnvironmentOverride.CONSOLE_HOST, section, "host", d.host()),
                source.integer(
                        section, "console.port", EnvironmentOverride.CONSOLE_PORT, d.port(), 1),
                source.value(EnvironmentOverride.ADMIN_USER, section, "admin_user", d.adminUser()),
                source.secret(EnvironmentOverride.ADMIN_PASSWORD, section),
                source.duration(section, "console.session_ttl", null, d.sessionTtl()),
                section.path("secure_cookies").asBoolean(false));
    }
}
