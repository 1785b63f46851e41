package org.huixiang.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.huixiang.ingest.privacy.CitizenKeys;

/**
 * The secret that keys citizen-link hashes: from {@code HUIXIANG_PII_KEY} (production: inject it
 * from a secret store), else from {@code pii.key} in the stack home, created once with random bytes
 * and readable by the owner only. The same key must be used for the life of the data, or the same
 * citizen gets a new key.
 */
public final class CitizenKeySource {

    private CitizenKeySource() {}

    public static CitizenKeys load(Map<String, String> env, Path home) {
        String fromEnv = env.get("HUIXIANG_PII_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            byte[] key = fromEnv.getBytes(StandardCharsets.UTF_8);
            if (key.length < 16) {
                throw new IllegalArgumentException(
                        "HUIXIANG_PII_KEY must be at least 16 characters long");
            }
            return new CitizenKeys(key);
        }
        Path file = home.resolve("pii.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(home);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.write(file, key);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return new CitizenKeys(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
