package org.huixiang.console.auth;

import java.time.Instant;
import java.util.List;

/**
 * A console account. The password is kept only as a salted PBKDF2 hash ({@link PasswordHasher}).
 *
 * @param units the units a {@link Role#UNIT} member acts for; for the team, the team's unit
 */
public record Account(
        String username,
        String displayName,
        Role role,
        List<String> units,
        String passwordHash,
        boolean disabled,
        Instant createdAt,
        Instant updatedAt) {

    /** The account as the API shows it: never the hash. */
    public View view() {
        return new View(username, displayName, role, units, disabled, role.permissions());
    }

    /** An account without its secret. */
    public record View(
            String username,
            String displayName,
            Role role,
            List<String> units,
            boolean disabled,
            java.util.Set<Permission> permissions) {}
}
