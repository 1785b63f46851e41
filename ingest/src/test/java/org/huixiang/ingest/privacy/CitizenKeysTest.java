package org.huixiang.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenKeysTest {

    @Test
    void citizenKeysLinkTheSameNumberInAnyFormatButNotOthers() {
        CitizenKeys keys = new CitizenKeys("a-key-of-sixteen-bytes".getBytes());
        assertThat(keys.keyOf("+86 138-1234-5678")).isEqualTo(keys.keyOf("13812345678"));
        assertThat(keys.keyOf("13812345679")).isNotEqualTo(keys.keyOf("13812345678"));
        assertThat(new CitizenKeys("another-key-of-16-bytes".getBytes()).keyOf("13812345678"))
                .isNotEqualTo(keys.keyOf("13812345678"));
    }
}
