package org.huixiang.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.ingest.privacy.PiiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of the job as Flink will run it: which operators chain into one task and which records
 * cross the network between tasks. Every crossing serializes the record, so the analyzed document,
 * the largest record of the job, should make as few as it can.
 */
class JobGraphTest {

    @TempDir Path checkpoints;

    @Test
    void theAnalyzedDocumentCrossesOneNetworkEdgeFromTheAnalyzerToElasticsearchAndAlerting() {
        JobGraph graph = graph();
        JobVertex events = vertex(graph, "analysis: near-duplicate events");

        assertThat(events.getName())
                .contains(
                        "analysis: repeated complaints",
                        "elasticsearch: huixiang-docs",
                        "alerting: documents to their event's alert",
                        "alerting: topics of documents");
        assertThat(events.getInputs()).hasSize(1);
        assertThat(events.getInputs().get(0).getSource().getProducer().getName())
                .contains("analysis: segment, classify, route, score");
    }

    private JobGraph graph() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        // Nothing listens on these addresses: building the graph opens no connection.
        Connectors.job(
                        ConfigLoader.embedded(
                                "127.0.0.1:9", "http://127.0.0.1:9", checkpoints.toString()),
                        SeedLoader.loadDefault(),
                        new PiiKeys(
                                "job-graph-test-secret-0123456789"
                                        .getBytes(StandardCharsets.UTF_8)),
                        ReadRange.committed())
                .build(env);
        return env.getStreamGraph().getJobGraph();
    }

    private static JobVertex vertex(JobGraph graph, String operator) {
        return StreamSupport.stream(graph.getVertices().spliterator(), false)
                .filter(v -> v.getName().contains(operator))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task runs '" + operator + "'"));
    }
}
