package org.huixiang.common.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.RequestEntryWrapper;
import org.huixiang.common.config.ElasticsearchConnection;
import org.huixiang.common.elasticsearch.internal.BulkItemOutcome;
import org.huixiang.common.elasticsearch.internal.IndexRequestStateSerializer;
import org.huixiang.common.elasticsearch.internal.RetryBackoff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pure parts of the Elasticsearch sink: per-item policy, backoff, checkpoint format, builder
 * checks.
 */
class SinkPartsTest {

    @ParameterizedTest(name = "{0} (conflict means written: {1}) -> {2}")
    @CsvSource({
        "200, false, WRITTEN",
        "201, true, WRITTEN",
        "409, true, ALREADY_WRITTEN",
        "409, false, RETRY",
        "429, false, RETRY",
        "500, false, RETRY",
        "503, true, RETRY",
        "400, false, REJECTED",
        "404, false, REJECTED",
        "413, false, REJECTED",
        "401, false, FATAL",
        "403, true, FATAL"
    })
    void classifiesEachItem(int status, boolean conflictMeansWritten, BulkItemOutcome expected) {
        assertThat(BulkItemOutcome.classify(status, conflictMeansWritten)).isEqualTo(expected);
    }

    @Test
    void backoffDoublesUpToTheCapAndResets() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            delays.add(backoff.nextDelay().toMillis());
        }
        assertThat(delays).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
        backoff.reset();
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void bufferedRequestsSurviveACheckpointRoundTrip() throws Exception {
        IndexRequest plain =
                IndexRequest.index("huixiang-docs-2026.11", "doc-1", "{\"a\":\"高县\"}".getBytes());
        IndexRequest versioned =
                IndexRequest.versioned("huixiang-alerts", "A1", 7, "{\"b\":2}".getBytes());
        BufferedRequestState<IndexRequest> state =
                new BufferedRequestState<>(
                        List.of(
                                new RequestEntryWrapper<>(plain, 40),
                                new RequestEntryWrapper<>(versioned, 30)));
        IndexRequestStateSerializer serializer = new IndexRequestStateSerializer();
        BufferedRequestState<IndexRequest> restored =
                serializer.deserialize(serializer.getVersion(), serializer.serialize(state));
        assertThat(restored.getBufferedRequestEntries())
                .extracting(RequestEntryWrapper::getRequestEntry)
                .containsExactly(plain, versioned);
    }

    @Test
    void builderSaysWhatIsMissing() {
        assertThatThrownBy(
                        () ->
                                ElasticsearchSink.<String>builder()
                                        .connection(ElasticsearchConnection.of("http://x:9200"))
                                        .converter(s -> IndexRequest.index("i", s, new byte[0]))
                                        .build())
                .hasMessageContaining("rejectedItemHandler");
        assertThatThrownBy(
                        () ->
                                ElasticsearchSink.<String>builder()
                                        .connection(ElasticsearchConnection.of("http://x:9200"))
                                        .converter(s -> IndexRequest.index("i", s, new byte[0]))
                                        .rejectedItemHandler(RejectedItemHandler.failing())
                                        .maxBatchSize(100)
                                        .maxBufferedRequests(50)
                                        .build())
                .hasMessageContaining("maxBufferedRequests (50) must exceed maxBatchSize (100)");
    }

    @Test
    void connectionToStringNeverShowsThePassword() {
        assertThat(
                        ElasticsearchConnection.basicAuth(
                                        List.of("https://es:9200"), "elastic", "hunter2", null)
                                .toString())
                .doesNotContain("hunter2");
    }
}
