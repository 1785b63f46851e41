package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.FlinkSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.devstack.DevStack;

/** Posts of one test run: produced to Kafka, and what they became in Elasticsearch. */
final class RunPosts {

    /** Complaints whose lead units the seeds fix: 人社局, 水利局, 交通运输局, 生态环境局. */
    static final String WAGE = "庆符镇某工地老板拖欠工资半年了，我们几十个农民工讨薪无门，多次找人社局都没人管，太气愤了！";

    static final String WATER = "沙河镇又停水三天了，自来水发黄有异味，老人孩子没水喝，投诉多次没人管！";
    static final String ROAD = "嘉乐镇到县城的道路坑洼不平，修路修了两年还没修完，出了好几起车祸，有关部门不作为！";
    static final String RIVER = "罗场镇养殖场污水直排河里，臭气熏天，鱼都死了，环保部门不管不问！";

    private RunPosts() {}

    /** A 微博 post as the raw topic takes it. */
    static String post(String id, String text, Instant publishedAt) {
        return Json.toString(
                Map.of(
                        "source",
                        "weibo",
                        "id",
                        id,
                        "text",
                        text,
                        "published_at",
                        publishedAt.toString()));
    }

    /** The alert a post raises when it starts an event of its own. */
    static String alertOf(String postId) {
        return AlertIds.forEvent(DocumentIds.documentId("weibo", postId));
    }

    /** Sends records to the raw posts topic, each acknowledged by the broker. */
    static void send(HuixiangConfig config, List<byte[]> records) throws Exception {
        Properties props = new Properties();
        props.putAll(config.kafka().clientProperties());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (byte[] record : records) {
                producer.send(new ProducerRecord<>(Topics.RAW_POSTS, record)).get();
            }
        }
    }

    /**
     * Sends in order, each acknowledged; allows records up to 32 MB to reach the broker's limit.
     */
    static void sendAll(Map<String, String> kafka, List<ProducerRecord<byte[], byte[]>> records)
            throws Exception {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(32 << 20));
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }

    /** Posts {@code run-from} … {@code run-(from+count-1)}; {@code extra} goes in the middle. */
    static void produce(HuixiangConfig config, String run, int from, int count, byte[] extra)
            throws Exception {
        List<byte[]> records = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            if (extra != null && i == from + count / 2) {
                records.add(extra);
            }
            String text = "第" + i + "条：沙河镇的路灯坏了，请修一下。";
            records.add(post(run + "-" + i, text, Instant.now()).getBytes(StandardCharsets.UTF_8));
        }
        send(config, records);
    }

    /** The alert as Elasticsearch holds it now, if it is there. */
    static Optional<Alert> storedAlert(HuixiangConfig config, String alertId) throws Exception {
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            var found =
                    clients.sync().get(g -> g.index(IndexNames.ALERTS).id(alertId), JsonNode.class);
            return found.found()
                    ? Optional.of(Json.mapper().treeToValue(found.source(), Alert.class))
                    : Optional.empty();
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

    /**
     * The configuration of a test run on the shared stack that replays history: event time from the
     * records, parallelism 2, checkpoints every 5 s under {@code dir}.
     */
    static HuixiangConfig replayConfig(DevStack stack, Path dir) {
        String checkpoints = dir.resolve("checkpoints").toString();
        return ConfigLoader.embedded(
                        stack.kafkaBootstrapServers(), stack.elasticsearchUrl(), checkpoints)
                .withFlink(
                        new FlinkSettings(
                                2,
                                Duration.ofSeconds(5),
                                checkpoints,
                                FlinkSettings.EventTime.REPLAY));
    }

    /** The stored documents of the run (source ids starting with {@code run-}), by source id. */
    static Map<String, JsonNode> storedDocuments(HuixiangConfig config, String run)
            throws Exception {
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            es.indices().refresh(r -> r.index(IndexNames.DOCS_ALIAS));
            Map<String, JsonNode> docs = new TreeMap<>();
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
                            JsonNode.class)
                    .hits()
                    .hits()
                    .forEach(h -> docs.put(h.source().path("source_id").asText(), h.source()));
            return docs;
        }
    }

    /** When each stored post of the run was ingested, by source id. */
    static Map<String, String> ingestedAt(HuixiangConfig config, String run) throws Exception {
        Map<String, String> times = new TreeMap<>();
        storedDocuments(config, run)
                .forEach((id, doc) -> times.put(id, doc.path("ingested_at").asText()));
        return times;
    }
}
