package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.app.run.BoundedRun;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.FlinkSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.setup.AppStack;
import org.huixiang.devstack.DevStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application on the real embedded stack: N posts + M messages + K malformed records
 * (plus one exact re-send) go through Kafka, the Flink job and into Elasticsearch; bad records land
 * in the dead-letter topic with reason, origin and original bytes; the risky post raises an alert
 * for the right unit; replaying the same input changes no count.
 */
class PipelineIT {

    private static final String RISKY_PHONE = "13812345678";
    private static final String CITIZEN_ID = "511525198807151232";

    private static DevStack stack;
    private static HuixiangConfig config;

    @TempDir Path dir;

    @BeforeAll
    static void startStack() {
        stack = AppStack.get();
        HuixiangConfig embedded =
                ConfigLoader.embedded(
                        stack.kafkaBootstrapServers(),
                        stack.elasticsearchUrl(),
                        System.getProperty("java.io.tmpdir")
                                + "/huixiang-it-checkpoints-"
                                + UUID.randomUUID());
        // One task per operator keeps the arrival order of the records, so the repost joins the
        // event its original opened in both runs. An event is named after the first of its
        // documents the job sees; a fresh job reading near-duplicates in another order names it
        // after another one (see docs/alerting.md).
        config =
                embedded.withFlink(
                        new FlinkSettings(
                                1,
                                embedded.flink().checkpointInterval(),
                                embedded.flink().checkpointDir(),
                                embedded.flink().eventTime()));
    }

    @Test
    void documentsDeadLettersAndAlertsEndToEndAndReplayIsIdempotent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> posts = new ArrayList<>();
        posts.add(post(run, "risky", "庆符镇某工地老板拖欠工资半年了，我们几十个农民工讨薪无门，多次找人社局都没人管，太气愤了！"));
        posts.add(post(run, "school", "文江镇中学新建的校园操场投入使用了，学生们很开心，家长都点赞。"));
        posts.add(post(run, "road", "嘉乐镇到县城的道路坑洼不平，修路修了两年还没修完。"));
        posts.add(post(run, "plain", "今天天气很好，出去走走。"));
        posts.add(post(run, "repost", "转发：庆符镇某工地老板拖欠工资半年了，我们几十个农民工讨薪无门，多次找人社局都没人管，太气愤了！"));
        int n = posts.size();
        posts.add(posts.get(1)); // an exact re-send: same source and id
        posts.add("{\"source\": \"weibo\", \"id\": \"" + run + "-broken\", \"text\": \"没有结束");
        posts.add(
                "{\"source\": \"weibo\", \"text\": \"缺少id\", \"published_at\": \"2026-11-10T10:00:00+08:00\"}");

        List<String> messages = new ArrayList<>();
        messages.add(
                message(
                        run,
                        "water",
                        "沙河镇又停水了，自来水发黄有异味，我的身份证号是" + CITIZEN_ID + "，电话" + RISKY_PHONE));
        messages.add(message(run, "subsidy", "请问高龄补贴怎么申请？我父亲八十岁了。"));
        messages.add(message(run, "property", "小区物业费年年涨，电梯坏了一个月不修，请住建局管管。"));
        int m = messages.size();
        messages.add(
                "{\"channel\": \"12345\", \"id\": \"" + run + "-notime\", \"body\": \"没有提交时间\"}");
        messages.add(
                "{\"channel\": \"12345\", \"id\": \""
                        + run
                        + "-badtime\", \"body\": \"时间不对\", \"submitted_at\": \"昨天\"}");
        int k = 4;

        Path postsFile = write("posts.jsonl", posts);
        Path messagesFile = write("messages.jsonl", messages);
        Map<String, String> kafka = config.kafka().clientProperties();
        Map<TopicPartition, Long> deadLetterStart =
                TopicOffsets.latest(kafka, List.of(Topics.DEADLETTER));
        Map<TopicPartition, Long> alertStart = TopicOffsets.latest(kafka, List.of(Topics.ALERTS));

        BoundedRun boundedRun = TestRuns.bounded(config);
        RunSummary first = boundedRun.run(List.of(postsFile, messagesFile), null);

        assertThat(first.recordsIn()).isEqualTo(n + m + k + 1);
        assertThat(first.documentsIndexed()).isEqualTo(n + m);
        assertThat(first.deadLettered()).isEqualTo(k);
        assertThat(first.duplicatesDropped()).isEqualTo(1);
        assertThat(first.reconciled()).isTrue();

        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            List<JsonNode> stored = documentsOfRun(es, run);
            assertThat(stored).hasSize(n + m);
            for (JsonNode doc : stored) {
                assertThat(doc.path("tokens").asText()).isNotBlank();
                assertThat(doc.path("lead_unit").asText()).isNotBlank();
            }
            JsonNode risky = byId(stored, DocumentIds.documentId("weibo", run + "-risky"));
            assertThat(risky.path("topic_ids").toString()).contains("labor-rights");
            assertThat(risky.path("lead_unit").asText()).isEqualTo("县人力资源社会保障局");
            assertThat(risky.path("responsible_units").toString()).contains("庆符镇人民政府");
            assertThat(risky.path("tokens").asText().split(" ")).contains("庆符镇", "拖欠工资");

            JsonNode repost = byId(stored, DocumentIds.documentId("weibo", run + "-repost"));
            assertThat(repost.path("event").path("id").asText())
                    .as(
                            "repost %s %s / risky %s %s",
                            repost.path("event"),
                            repost.path("simhash"),
                            risky.path("event"),
                            risky.path("simhash"))
                    .isEqualTo(risky.path("event").path("id").asText());
            assertThat(repost.path("event").path("first_source").asText()).isEqualTo("weibo");
            assertThat(risky.path("simhash").asText()).hasSize(16);

            JsonNode water = byId(stored, DocumentIds.documentId("12345", run + "-water"));
            String waterJson = water.toString();
            assertThat(waterJson).doesNotContain(RISKY_PHONE).doesNotContain(CITIZEN_ID);
            assertThat(water.path("masked_kinds").toString()).contains("mobile", "id_card");
            assertThat(water.path("lead_unit").asText()).isEqualTo("县水利局");

            JsonNode alert = alertFor(es, risky.path("id").asText());
            assertThat(alert).as("alert for the risky post").isNotNull();
            assertThat(alert.path("lead_unit").asText()).isEqualTo("县人力资源社会保障局");
            assertThat(alert.path("deadlines").path("respond").asText()).isNotBlank();
            assertThat(alert.path("why").toString()).contains("拖欠工资");
            assertThat(alert.path("state").asText()).isEqualTo("OPEN");
            // the repost only joined the alert: held, then published in a later revision
            assertThat(alert.path("document_count").asInt()).isEqualTo(2);
            assertThat(alert.path("documents").findValuesAsText("id"))
                    .containsExactly(risky.path("id").asText(), repost.path("id").asText());
        }

        List<DeadLetter> deadLetters = KafkaTopics.deadLetters(config, deadLetterStart);
        assertThat(deadLetters).hasSize(k);
        List<String> reasons = new ArrayList<>();
        for (DeadLetter letter : deadLetters) {
            reasons.add(letter.reason());
            assertThat(letter.origin().topic()).startsWith("huixiang.raw.");
            String raw = new String(letter.raw(), StandardCharsets.UTF_8);
            assertThat(posts.contains(raw) || messages.contains(raw))
                    .as("original bytes kept, sealed: " + raw)
                    .isTrue();
            assertThat(letter.detail()).isNotBlank();
        }
        assertThat(reasons)
                .containsExactlyInAnyOrder(
                        "malformed_json", "missing_field", "missing_field", "bad_timestamp");
        assertThat(KafkaTopics.read(config, alertStart))
                .anyMatch(
                        r ->
                                new String(r.value(), StandardCharsets.UTF_8)
                                        .contains(DocumentIds.documentId("weibo", run + "-risky")));

        RunSummary again = boundedRun.run(List.of(postsFile, messagesFile), null);
        assertThat(again.reconciled()).isTrue();
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            assertThat(documentsOfRun(es, run)).hasSize(n + m);
            assertThat(alertCount(es, DocumentIds.documentId("weibo", run + "-risky")))
                    .isEqualTo(1);
        }
    }

    private static String post(String run, String id, String text) {
        return Json.toString(
                Map.of(
                        "source",
                        "weibo",
                        "id",
                        run + "-" + id,
                        "text",
                        text,
                        "published_at",
                        "2026-11-20T09:30:00+08:00",
                        "engagement",
                        Map.of("reposts", 120, "comments", 80, "likes", 300, "views", 20000)));
    }

    private static String message(String run, String id, String body) {
        return Json.toString(
                Map.of(
                        "channel",
                        "12345",
                        "id",
                        run + "-" + id,
                        "body",
                        body,
                        "submitted_at",
                        "2026-11-20 10:00:00",
                        "contact",
                        Map.of("name", "王建国", "phone", RISKY_PHONE)));
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static List<JsonNode> documentsOfRun(ElasticsearchClient es, String run)
            throws Exception {
        es.indices().refresh(r -> r.index(IndexNames.DOCS_ALIAS, IndexNames.ALERTS));
        SearchResponse<JsonNode> response =
                es.search(
                        s ->
                                s.index(IndexNames.DOCS_ALIAS)
                                        .size(100)
                                        .query(
                                                q ->
                                                        q.prefix(
                                                                p ->
                                                                        p.field("source_id")
                                                                                .value(run + "-"))),
                        JsonNode.class);
        return response.hits().hits().stream().map(h -> h.source()).toList();
    }

    private static JsonNode byId(List<JsonNode> docs, String id) {
        return docs.stream()
                .filter(d -> d.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id));
    }

    private static JsonNode alertFor(ElasticsearchClient es, String documentId) throws Exception {
        SearchResponse<JsonNode> response =
                es.search(
                        s ->
                                s.index(IndexNames.ALERTS)
                                        .query(
                                                q ->
                                                        q.term(
                                                                t ->
                                                                        t.field("documents.id")
                                                                                .value(
                                                                                        documentId))),
                        JsonNode.class);
        return response.hits().hits().isEmpty() ? null : response.hits().hits().get(0).source();
    }

    private static long alertCount(ElasticsearchClient es, String documentId) throws Exception {
        return es.count(
                        c ->
                                c.index(IndexNames.ALERTS)
                                        .query(
                                                q ->
                                                        q.term(
                                                                t ->
                                                                        t.field("documents.id")
                                                                                .value(
                                                                                        documentId))))
                .count();
    }
}
