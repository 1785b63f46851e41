package org.huixiang.app.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.AccountStore;
import org.huixiang.console.auth.PasswordHasher;
import org.huixiang.console.auth.Role;

/**
 * Accounts for the demo, one per role, each with a random password written once to a file only the
 * owner can read. There is no built-in password: a fresh demo makes new ones.
 */
public final class DemoAccounts {

    /** One demo account. */
    public record Demo(String username, String displayName, Role role, List<String> units) {}

    public static final List<Demo> ACCOUNTS =
            List.of(
                    new Demo("admin", "管理员", Role.ADMIN, List.of()),
                    new Demo("yuqing", "舆情回应组", Role.TEAM, List.of("县政府办公室")),
                    new Demo("renshe", "人社局值班员", Role.UNIT, List.of("县人力资源社会保障局")),
                    new Demo("shuili", "水利局值班员", Role.UNIT, List.of("县水利局")),
                    new Demo("lingdao", "县领导", Role.LEADER, List.of()));

    private DemoAccounts() {}

    /**
     * Creates the demo accounts when no account exists and writes {@code file}; otherwise leaves
     * everything as it is.
     *
     * @return true when the accounts were created now
     */
    public static boolean ensure(AccountStore store, Path file) throws IOException {
        if (store.count() > 0) {
            return false;
        }
        List<String> lines = new ArrayList<>();
        lines.add(
                "# huixiang console demo accounts (created "
                        + Instant.now()
                        + "): username password role units");
        Instant now = Instant.now();
        for (Demo d : ACCOUNTS) {
            String password = PasswordHasher.random();
            store.save(
                    new Account(
                            d.username(),
                            d.displayName(),
                            d.role(),
                            d.units(),
                            PasswordHasher.hash(password.toCharArray()),
                            false,
                            now,
                            now));
            lines.add(
                    d.username()
                            + " "
                            + password
                            + " "
                            + d.role()
                            + " "
                            + String.join(",", d.units()));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return true;
    }
}
