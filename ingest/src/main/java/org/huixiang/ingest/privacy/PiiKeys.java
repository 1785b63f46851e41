package org.huixiang.ingest.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.deadletter.DeadLetterSeal;
import org.huixiang.ingest.parse.RecordParser;

/**
 * What protects citizens' personal data, all from one secret: the keyed hash that links messages of
 * the same citizen, and the seal on dead letters' raw bytes (a key derived for that purpose).
 *
 * <p>The secret comes from {@code HUIXIANG_PII_KEY} (production: inject it from a secret store),
 * else from {@code pii.key} in the stack home, created once with random bytes and readable by the
 * owner only. It must stay the same for the life of the data: with another one the same citizen
 * gets a new link key and sealed dead letters cannot be opened.
 */
public final class PiiKeys {

    private final byte[] secret;

    public PiiKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException(
                    "HUIXIANG_PII_KEY (or var/pii.key) must be at least 16 bytes long");
        }
        this.secret = secret.clone();
    }

    /**
     * The job's keys: the environment's secret, else {@code pii.key} in {@code home}, created once.
     */
    public static PiiKeys load(Map<String, String> env, Path home) {
        Path file = home.resolve("pii.key");
        if (fromEnv(env) == null && !Files.exists(file)) {
            try {
                Files.createDirectories(home);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.write(file, key);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + file, e);
            }
        }
        return existing(env, file);
    }

    /**
     * Keys that must already exist, for tools that open what the job wrote: the environment's
     * secret, else the secret in {@code file}.
     */
    public static PiiKeys existing(Map<String, String> env, Path file) {
        byte[] secret = fromEnv(env);
        if (secret != null) {
            return new PiiKeys(secret);
        }
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(
                    "no PII key at "
                            + file
                            + ": set HUIXIANG_PII_KEY, or name the job's key file, to the secret"
                            + " the job used");
        }
        try {
            return new PiiKeys(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Keys from {@code HUIXIANG_PII_KEY} alone, for a cluster where no key file is shared (on
     * Kubernetes the variable comes from a Secret).
     */
    public static PiiKeys fromEnvironment(Map<String, String> env) {
        byte[] secret = fromEnv(env);
        if (secret == null) {
            throw new IllegalArgumentException(
                    "HUIXIANG_PII_KEY is not set: give the job the secret that keys citizen links"
                            + " and seals dead letters (on Kubernetes: the pii-key of the"
                            + " huixiang-secrets Secret; see docs/operations.md)");
        }
        return new PiiKeys(secret);
    }

    private static byte[] fromEnv(Map<String, String> env) {
        String value = env.get("HUIXIANG_PII_KEY");
        return value == null || value.isBlank() ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    public CitizenKeys citizenKeys() {
        return new CitizenKeys(secret);
    }

    /** The ingest parser, linking citizens with this secret. */
    public RecordParser parser(Clock clock) {
        return new RecordParser(citizenKeys(), clock);
    }

    /** How dead letters are written and opened: detail masked, raw sealed. */
    public DeadLetterCodec deadLetterCodec() {
        return new DeadLetterCodec(DeadLetterSeal.derivedFrom(secret));
    }
}
