package org.huixiang.common.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.common.config.ElasticsearchConnection;
import org.huixiang.devstack.DevStack;
import org.huixiang.devstack.testing.SharedDevStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sink's per-item policy against a real Elasticsearch, inside a real Flink job. */
@ExtendWith(SharedDevStack.class)
class ElasticsearchSinkIT {

    /** Rejections seen by the handler; static because Flink serializes the handler into the job. */
    static final ConcurrentLinkedQueue<String> REJECTED = new ConcurrentLinkedQueue<>();

    /** The mappings the sink writes into: strict, so that an unknown field is a rejection. */
    @BeforeAll
    static void templates(DevStack stack) throws Exception {
        try (ElasticsearchClients clients =
                ElasticsearchClients.connect(
                        ElasticsearchConnection.of(stack.elasticsearchUrl()))) {
            IndexTemplates.install(clients.sync(), 0);
        }
    }

    @Test
    void storesGoodItemsDeadLettersBadOnesAndNeverLetsAnOlderRevisionWin(DevStack stack)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String alertId = "A-sink-" + run;
        List<IndexRequest> writes =
                List.of(
                        alert(alertId, 2, "ACKNOWLEDGED"),
                        IndexRequest.index(
                                "huixiang-docs-2026.11",
                                run + "-bad",
                                ("{\"id\":\"" + run + "-bad\",\"published_at\":\"not a date\"}")
                                        .getBytes(StandardCharsets.UTF_8)),
                        IndexRequest.index(
                                "huixiang-docs-2026.11",
                                run + "-unknown-field",
                                ("{\"id\":\"" + run + "-unknown-field\",\"surprise\":1}")
                                        .getBytes(StandardCharsets.UTF_8)),
                        IndexRequest.index(
                                "huixiang-docs-2026.11",
                                run + "-good",
                                ("{\"id\":\""
                                                + run
                                                + "-good\",\"source\":\"weibo\",\"text\":\"路灯坏了\"}")
                                        .getBytes(StandardCharsets.UTF_8)),
                        alert(alertId, 1, "OPEN"));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        env.fromData(writes)
                .sinkTo(
                        ElasticsearchSink.<IndexRequest>builder()
                                .connection(ElasticsearchConnection.of(stack.elasticsearchUrl()))
                                .converter(request -> request)
                                .rejectedItemHandler(new Collecting())
                                .maxBatchSize(2)
                                .maxBufferedRequests(10)
                                .build());
        env.execute("sink policy");

        assertThat(REJECTED)
                .hasSize(2)
                .allMatch(r -> r.startsWith("400 "))
                .anyMatch(r -> r.contains(run + "-bad"))
                .anyMatch(r -> r.contains(run + "-unknown-field"));
        try (ElasticsearchClients clients =
                ElasticsearchClients.connect(
                        ElasticsearchConnection.of(stack.elasticsearchUrl()))) {
            ElasticsearchClient es = clients.sync();
            es.indices().refresh(r -> r.index(IndexNames.DOCS_ALIAS, IndexNames.ALERTS));
            assertThat(es.exists(e -> e.index("huixiang-docs-2026.11").id(run + "-good")).value())
                    .isTrue();
            assertThat(es.exists(e -> e.index("huixiang-docs-2026.11").id(run + "-bad")).value())
                    .isFalse();
            var stored = es.get(g -> g.index(IndexNames.ALERTS).id(alertId), JsonNode.class);
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.source().path("state").asText()).isEqualTo("ACKNOWLEDGED");
        }
    }

    private static IndexRequest alert(String id, long revision, String state) {
        String json =
                "{\"id\":\"" + id + "\",\"revision\":" + revision + ",\"state\":\"" + state + "\"}";
        return IndexRequest.versioned(
                IndexNames.ALERTS, id, revision, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Records rejections where the test can see them. */
    static final class Collecting implements RejectedItemHandler {
        @Override
        public void rejected(IndexRequest request, int status, String reason) {
            REJECTED.add(status + " " + request.id() + " " + reason);
        }
    }
}
