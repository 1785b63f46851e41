package org.huixiang.common.deadletter;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the original bytes of a dead letter (AES-256-GCM), because a rejected record is rejected
 * before masking and may hold a citizen's phone number or ID card number in clear. Whoever reads
 * the dead-letter topic sees reason and masked detail; only a holder of the key sees the raw bytes.
 *
 * <p>A sealed value is {@code "HXS1"}, a 12-byte random nonce, then the ciphertext with its 16-byte
 * tag. The magic lets a reader tell sealed bytes from bytes written before sealing existed.
 */
public final class DeadLetterSeal implements Serializable {

    private static final byte[] MAGIC = "HXS1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PURPOSE = "huixiang/dead-letter-seal/v1";

    private final byte[] key;
    private transient SecureRandom random;

    private DeadLetterSeal(byte[] key) {
        this.key = key;
    }

    /**
     * The seal keyed by a key derived from {@code secret} for this purpose only, so the same secret
     * can also key other things (the citizen-link hash) without one use weakening the other.
     */
    public static DeadLetterSeal derivedFrom(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the dead-letter secret needs at least 16 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new DeadLetterSeal(mac.doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    /** Whether {@code bytes} look like the output of {@link #seal}. */
    public static boolean isSealed(byte[] bytes) {
        return bytes != null
                && bytes.length >= MAGIC.length + NONCE_BYTES + TAG_BITS / 8
                && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random().nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, plain, 0, plain.length);
        return ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
                .put(MAGIC)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /**
     * The original bytes.
     *
     * @throws IllegalArgumentException if {@code sealed} is not sealed, or not with this key
     */
    public byte[] open(byte[] sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed dead-letter value (no HXS1 header)");
        }
        byte[] nonce = Arrays.copyOfRange(sealed, MAGIC.length, MAGIC.length + NONCE_BYTES);
        int from = MAGIC.length + NONCE_BYTES;
        return crypt(Cipher.DECRYPT_MODE, nonce, sealed, from, sealed.length - from);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input, offset, length);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException(
                    "the dead letter was sealed with another key (HUIXIANG_PII_KEY or var/pii.key"
                            + " differs from the one the job used)",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is required of every JVM", e);
        }
    }

    private SecureRandom random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }
}
