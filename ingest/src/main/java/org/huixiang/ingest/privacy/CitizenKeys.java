package org.huixiang.ingest.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links messages of the same citizen without keeping their phone number: a keyed hash (HMAC-SHA256)
 * of the normalized number. Without the key the hash cannot be reversed by trying all numbers.
 */
public final class CitizenKeys implements Serializable {

    private final byte[] key;

    public CitizenKeys(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the citizen-link key needs at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** 16 hex chars of HMAC over the digits of the phone number, or null without a number. */
    public String keyOf(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() > 11 && digits.startsWith("86")) {
            digits = digits.substring(digits.length() - 11);
        }
        if (digits.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(digits.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
