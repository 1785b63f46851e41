package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.huixiang.app.job.TopicOffsets;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;
import org.huixiang.devstack.testing.SharedDevStack;
import org.junit.jupiter.api.Test;

/**
 * The servers the application depends on go away mid-stream and come back: Elasticsearch (stopped,
 * kept down, started again: about half a minute without it) and the Kafka broker. Afterwards every
 * post is stored exactly once, nothing was dead-lettered, and the job is running.
 */
class OutageIT {

    static final int BEFORE = 10;
    static final int DURING = 30;

    /** The sink backs off and holds the writes while Elasticsearch is away. */
    @Test
    void nothingIsLostWhileElasticsearchIsAway() throws Exception {
        HuixiangConfig config = TestConsole.config();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
        JobClient job = RunningJob.start(config, "huixiang (Elasticsearch outage)");
        try {
            produce(config, run, 0, BEFORE);
            waitForDocuments(config, run, BEFORE);

            long before = SharedDevStack.get().elasticsearch().pid();
            CompletableFuture<Void> outage =
                    CompletableFuture.runAsync(
                            () -> {
                                try {
                                    SharedDevStack.get()
                                            .restartElasticsearch(Duration.ofSeconds(12));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
            Thread.sleep(2000);
            produce(config, run, BEFORE, DURING);
            outage.get();
            assertThat(SharedDevStack.get().elasticsearch().pid())
                    .as("Elasticsearch was really stopped and started")
                    .isNotEqualTo(before);

            waitForDocuments(config, run, BEFORE + DURING);
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
            assertThat(KafkaTopics.read(config, letters)).isEmpty();
        } finally {
            job.cancel().get();
        }
    }

    /** The source and the sinks reconnect to a restarted broker; its log keeps every record. */
    @Test
    void nothingIsLostWhenTheBrokerRestarts() throws Exception {
        HuixiangConfig config = TestConsole.config();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
        JobClient job = RunningJob.start(config, "huixiang (broker restart)");
        try {
            produce(config, run, 0, BEFORE);
            waitForDocuments(config, run, BEFORE);
            long before = SharedDevStack.get().kafka().pid();
            SharedDevStack.get().restartKafka(Duration.ofSeconds(5));
            assertThat(SharedDevStack.get().kafka().pid()).isNotEqualTo(before);
            produce(config, run, BEFORE, DURING);
            waitForDocuments(config, run, BEFORE + DURING);
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
            assertThat(KafkaTopics.read(config, letters)).isEmpty();
        } finally {
            job.cancel().get();
        }
    }

    private static void produce(HuixiangConfig config, String run, int from, int count)
            throws Exception {
        Properties props = new Properties();
        props.putAll(config.kafka().clientProperties());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = from; i < from + count; i++) {
                producer.send(
                                new ProducerRecord<>(
                                        Topics.RAW_POSTS,
                                        Json.toBytes(
                                                Map.of(
                                                        "source",
                                                        "weibo",
                                                        "id",
                                                        run + "-" + i,
                                                        "text",
                                                        "第" + i + "条：沙河镇的路灯坏了，请修一下。",
                                                        "published_at",
                                                        OffsetDateTime.now().toString()))))
                        .get();
            }
        }
    }

    /**
     * Waits until exactly {@code expected} documents of the run are searchable (ids are unique).
     */
    private static void waitForDocuments(HuixiangConfig config, String run, long expected)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            try (ElasticsearchClients clients =
                    ElasticsearchClients.connect(config.elasticsearch())) {
                ElasticsearchClient es = clients.sync();
                es.indices().refresh(r -> r.index(IndexNames.DOCS_ALIAS));
                count =
                        es.count(
                                        c ->
                                                c.index(IndexNames.DOCS_ALIAS)
                                                        .query(
                                                                q ->
                                                                        q.prefix(
                                                                                p ->
                                                                                        p.field(
                                                                                                        "source_id")
                                                                                                .value(
                                                                                                        run
                                                                                                                + "-"))))
                                .count();
                if (count == expected) {
                    return;
                }
                assertThat(count)
                        .as("never more documents than posts")
                        .isLessThanOrEqualTo(expected);
            } catch (java.io.IOException
                    | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // Elasticsearch is still away
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(
                "after 180 s " + count + " of " + expected + " documents are stored");
    }
}
