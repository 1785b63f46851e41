package org.huixiang.common.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic ids: the same input always gets the same id, so replays and restarts overwrite
 * instead of duplicating in Elasticsearch.
 */
public final class DocumentIds {

    private DocumentIds() {}

    /** The id of a document: 32 hex chars of SHA-256 over {@code source \u0000 sourceId}. */
    public static String documentId(String source, String sourceId) {
        return hash(source + '\u0000' + sourceId).substring(0, 32);
    }

    /** Hex SHA-256 of a UTF-8 string. */
    public static String hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
