package org.huixiang.common.deadletter;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.privacy.PersonalDataMasker;

/**
 * The one way a dead letter is written to and read from {@code huixiang.deadletter}: the detail is
 * masked (parser messages may quote the input) and the raw bytes are sealed, so the topic holds no
 * personal data in clear. See docs/contract.md, "Dead letters".
 */
public final class DeadLetterCodec implements Serializable {

    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{11,}");

    private final DeadLetterSeal seal;

    public DeadLetterCodec(DeadLetterSeal seal) {
        this.seal = seal;
    }

    /** The topic value: JSON with the detail masked and {@code raw} sealed. */
    public byte[] encode(DeadLetter letter) {
        return Json.toBytes(
                new DeadLetter(
                        letter.reason(),
                        maskDetail(letter.detail()),
                        letter.stage(),
                        letter.origin(),
                        letter.raw() == null ? null : seal.seal(letter.raw()),
                        letter.at()));
    }

    /**
     * Parser messages quote the input glued to whatever came next ({@code Unrecognized token
     * '13812345678abc'}), where the text masker, which wants a number to stand alone, does not
     * look; so in a detail every run of 11 or more digits is masked too. No offset, position or
     * count in a detail is that long (a 10 MB record has 8-digit positions).
     */
    public static String maskDetail(String detail) {
        if (detail == null) {
            return null;
        }
        return LONG_DIGITS
                .matcher(PersonalDataMasker.mask(detail).text())
                .replaceAll(m -> m.group().substring(0, 3) + "*".repeat(m.group().length() - 3));
    }

    /** A topic value as written: {@code raw} still sealed; no key needed. */
    public static DeadLetter read(byte[] value) {
        return Json.fromBytes(value, DeadLetter.class);
    }

    /**
     * The letter with its original bytes opened.
     *
     * @throws IllegalArgumentException if the raw bytes were sealed with another key
     */
    public DeadLetter open(DeadLetter letter) {
        if (!DeadLetterSeal.isSealed(letter.raw())) {
            return letter;
        }
        return new DeadLetter(
                letter.reason(),
                letter.detail(),
                letter.stage(),
                letter.origin(),
                seal.open(letter.raw()),
                letter.at());
    }
}
