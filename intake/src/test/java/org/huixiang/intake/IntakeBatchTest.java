package org.huixiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeBatchTest {

    @Test
    void aJsonBodyIsOneRecordEvenAcrossLines() {
        byte[] body = "{\n  \"id\": \"1\"\n}".getBytes(StandardCharsets.UTF_8);

        assertThat(IntakeBatch.split("application/json; charset=utf-8", body))
                .containsExactly(body);
    }

    @Test
    void ndjsonIsOneRecordPerLineSkippingBlankLinesAndCarriageReturns() {
        byte[] body = "{\"a\":1}\r\n\n  \n{\"b\":2}\nnot json\n".getBytes(StandardCharsets.UTF_8);

        List<String> records =
                IntakeBatch.split("application/x-ndjson", body).stream()
                        .map(b -> new String(b, StandardCharsets.UTF_8))
                        .toList();

        assertThat(records).containsExactly("{\"a\":1}", "{\"b\":2}", "not json");
    }

    @Test
    void tooManyRecordsAreRefused() {
        byte[] body = "{}\n".repeat(IntakeBatch.MAX_RECORDS + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> IntakeBatch.split("application/x-ndjson", body))
                .hasMessageContaining("more than 1000 records");
        assertThat(IntakeBatch.split("application/x-ndjson", "{}\n".repeat(1000).getBytes()))
                .hasSize(1000);
    }

    @Test
    void onlyJsonAndNdjsonAreUnderstood() {
        assertThat(IntakeBatch.accepts("Application/JSON")).isTrue();
        assertThat(IntakeBatch.accepts("application/x-ndjson;charset=UTF-8")).isTrue();
        assertThat(IntakeBatch.accepts("text/plain")).isFalse();
        assertThat(IntakeBatch.accepts(null)).isFalse();
    }
}
