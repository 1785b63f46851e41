package org.huixiang.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may post to the intake: one {@code producer token} pair per line of a file ({@code #}
 * comments), each producer a feed or a citizen-message system. A token names its producer, which is
 * stamped on every record it sends.
 */
public final class IntakeTokens {

    /** Shorter tokens can be guessed; the demo's are 32 random bytes. */
    static final int MIN_TOKEN_LENGTH = 24;

    private final Map<String, byte[]> tokens;

    IntakeTokens(Map<String, String> byProducer) {
        if (byProducer.isEmpty()) {
            throw new IllegalArgumentException("no intake producer is configured");
        }
        tokens = new LinkedHashMap<>();
        byProducer.forEach(
                (producer, token) -> {
                    if (token.length() < MIN_TOKEN_LENGTH) {
                        throw new IllegalArgumentException(
                                "the token of intake producer '"
                                        + producer
                                        + "' is shorter than "
                                        + MIN_TOKEN_LENGTH
                                        + " characters");
                    }
                    tokens.put(producer, token.getBytes(StandardCharsets.UTF_8));
                });
    }

    /**
     * @throws IllegalArgumentException naming the file and line when a line is not {@code producer
     *     token}
     */
    public static IntakeTokens load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the intake tokens file " + file, e);
        }
        Map<String, String> byProducer = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || byProducer.containsKey(parts[0])) {
                throw new IllegalArgumentException(
                        file
                                + " line "
                                + (i + 1)
                                + ": expected 'producer token' with a producer named once");
            }
            byProducer.put(parts[0], parts[1]);
        }
        try {
            return new IntakeTokens(byProducer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates {@code file}, readable by its owner only, with a random token for each producer,
     * unless it exists; returns whether it did.
     */
    public static boolean createIfAbsent(Path file, List<String> producers) {
        if (Files.exists(file)) {
            return false;
        }
        SecureRandom random = new SecureRandom();
        StringBuilder lines = new StringBuilder("# huixiang intake: producer token\n");
        for (String producer : producers) {
            byte[] token = new byte[32];
            random.nextBytes(token);
            lines.append(producer)
                    .append(' ')
                    .append(Base64.getUrlEncoder().withoutPadding().encodeToString(token))
                    .append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the intake tokens file " + file, e);
        }
        return true;
    }

    /** The producer a bearer token belongs to; every token is compared, in constant time. */
    public Optional<String> producerOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, byte[]> entry : tokens.entrySet()) {
            if (MessageDigest.isEqual(given, entry.getValue())) {
                found = entry.getKey();
            }
        }
        return Optional.ofNullable(found);
    }
}
