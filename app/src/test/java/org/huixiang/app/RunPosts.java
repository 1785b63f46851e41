package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;

/** Numbered posts of one test run, produced to Kafka and counted in Elasticsearch. */
final class RunPosts {

    private RunPosts() {}

    /** Posts {@code run-from} … {@code run-(from+count-1)}; {@code extra} goes in the middle. */
    static void produce(HuixiangConfig config, String run, int from, int count, byte[] extra)
            throws Exception {
        Properties props = new Properties();
        props.putAll(config.kafka().clientProperties());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = from; i < from + count; i++) {
                if (extra != null && i == from + count / 2) {
                    producer.send(new ProducerRecord<>(Topics.RAW_POSTS, extra)).get();
                }
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
     * Waits until exactly {@code expected} documents of the run are searchable; fails at once if
     * there are ever more (ids are unique per post, so more would be a duplicate).
     */
    static void awaitStored(HuixiangConfig config, String run, long expected) throws Exception {
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
            } catch (IOException | ElasticsearchException e) {
                // Elasticsearch is away, or no document index exists yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(
                "after 180 s " + count + " of " + expected + " documents are stored");
    }

    /** When each stored post of the run was ingested, by source id. */
    static Map<String, String> ingestedAt(HuixiangConfig config, String run) throws Exception {
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            es.indices().refresh(r -> r.index(IndexNames.DOCS_ALIAS));
            Map<String, String> times = new java.util.TreeMap<>();
            es.search(
                            s ->
                                    s.index(IndexNames.DOCS_ALIAS)
                                            .size(1000)
                                            .query(
                                                    q ->
                                                            q.prefix(
                                                                    p ->
                                                                            p.field("source_id")
                                                                                    .value(
                                                                                            run
                                                                                                    + "-"))),
                            com.fasterxml.jackson.databind.JsonNode.class)
                    .hits()
                    .hits()
                    .forEach(
                            h ->
                                    times.put(
                                            h.source().path("source_id").asText(),
                                            h.source().path("ingested_at").asText()));
            return times;
        }
    }
}
