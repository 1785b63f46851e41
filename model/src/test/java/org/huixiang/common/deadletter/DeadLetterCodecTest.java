package org.huixiang.common.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Origin;
import org.junit.jupiter.api.Test;

class DeadLetterCodecTest {

    private static final byte[] SECRET =
            "a-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8);
    private static final String PHONE = "13812345678";

    private final DeadLetterCodec codec = new DeadLetterCodec(DeadLetterSeal.derivedFrom(SECRET));

    private final DeadLetter letter =
            new DeadLetter(
                    "malformed_json",
                    "Unrecognized token '" + PHONE + "x': was expecting a value",
                    "ingest",
                    new Origin("huixiang.raw.messages", 0, 41, 0),
                    ("{\"body\": \"我的电话 " + PHONE).getBytes(StandardCharsets.UTF_8),
                    Instant.parse("2026-11-28T08:00:00Z"));

    @Test
    void theTopicValueHoldsNeitherTheRawBytesNorTheDetailInClear() {
        byte[] value = codec.encode(letter);

        assertThat(new String(value, StandardCharsets.UTF_8)).doesNotContain(PHONE);
        DeadLetter written = DeadLetterCodec.read(value);
        assertThat(written.reason()).isEqualTo("malformed_json");
        assertThat(written.detail()).startsWith("Unrecognized token '138*").doesNotContain(PHONE);
        assertThat(written.origin()).isEqualTo(letter.origin());
        assertThat(DeadLetterSeal.isSealed(written.raw())).isTrue();
        assertThat(new String(written.raw(), StandardCharsets.ISO_8859_1)).doesNotContain(PHONE);
    }

    @Test
    void detailsKeepTheirPositionsButNotLongNumbersGluedToText() {
        assertThat(DeadLetterCodec.maskDetail("Unexpected end-of-input at line 1, column 10485761"))
                .endsWith("column 10485761");
        assertThat(DeadLetterCodec.maskDetail("id 110101199003078515abc and a@b.cn"))
                .doesNotContain("110101199003078515")
                .doesNotContain("a@b.cn");
    }

    @Test
    void theKeyHolderGetsTheOriginalBytesBack() {
        DeadLetter opened = codec.open(DeadLetterCodec.read(codec.encode(letter)));

        assertThat(opened.raw()).isEqualTo(letter.raw());
        assertThat(opened.at()).isEqualTo(letter.at());
    }

    @Test
    void twoSealsOfTheSameBytesDiffer() {
        DeadLetterSeal seal = DeadLetterSeal.derivedFrom(SECRET);
        byte[] plain = PHONE.getBytes(StandardCharsets.UTF_8);

        assertThat(seal.seal(plain)).isNotEqualTo(seal.seal(plain));
    }

    @Test
    void anotherKeyCannotOpenAndSaysWhichSettingDiffers() {
        byte[] sealed = DeadLetterSeal.derivedFrom(SECRET).seal(new byte[] {1, 2, 3});
        DeadLetterSeal other =
                DeadLetterSeal.derivedFrom(
                        "another-secret-of-bytes".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> other.open(sealed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HUIXIANG_PII_KEY");
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        DeadLetterSeal seal = DeadLetterSeal.derivedFrom(SECRET);
        byte[] sealed = seal.seal(new byte[] {1, 2, 3});
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> seal.open(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> DeadLetterSeal.derivedFrom(new byte[8]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }
}
