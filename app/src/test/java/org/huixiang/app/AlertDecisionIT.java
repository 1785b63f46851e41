package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.setup.AppStack;
import org.huixiang.devstack.DevStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real traffic in miniature on the real stack: local issues (one told calmly, one an accident with
 * casualties reported by the news), local routine news, posts about other places and chatter —
 * emoticons, bare reposts, ads, hyperbole, and a burst of the same joke reposted that must not
 * become a growing event. Only the local issues raise alerts, at the levels their evidence sets;
 * everything is indexed with its jurisdiction and content label.
 */
class AlertDecisionIT {

    @TempDir Path dir;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final Instant day = Instant.parse("2025-03-10T01:00:00Z");
    final List<String> posts = new ArrayList<>();
    final List<String> documentIds = new ArrayList<>();
    int minute;

    @Test
    void onlyTheCountysIssuesRaiseAlertsAtTheLevelsTheirEvidenceSets() throws Exception {
        DevStack stack = AppStack.get();
        HuixiangConfig config = RunPosts.replayConfig(stack, dir);

        String bridge = post("bridge", "weibo", "落润镇新修的便民桥才半年桥面就开裂了，赶场的人天天从上面过，心里发慌。");
        String house = post("house", "douyin", "高县来复镇有户人家的土坯房被雨泡垮了一面墙，一家五口现在借住在亲戚家，也没人来看看。");
        String tunnel = post("tunnel", "news", "可久镇一在建隧道发生坍塌事故，已造成12人死亡，救援仍在进行。");
        String relief = post("relief", "forum", "庆岭镇村民反映，村里的低保名单一直不公示，有人开着小车也在吃低保。");
        List<String> issues = List.of(bridge, house, tunnel, relief);

        post("festival", "news", "高县举办第五届油菜花节，游客络绎不绝。");
        post("meeting", "news", "沙河镇召开秋冬季森林防火工作部署会。");
        post("question", "weibo", "请问高县不动产登记中心在哪里？需要预约吗？");
        post("fire", "weibo", "长宁县一工厂发生火灾，3人受伤送医。");
        post("outage", "weibo", "成都某小区停电一整天，物业没人管。");
        post("namesake", "weibo", "北京昌平沙河镇的一个仓库着火了，浓烟很大。");
        post("emoji", "weibo", "[赞][赞]");
        post("bare", "weibo", "转发微博");
        post("hyperbole", "weibo", "复习到凌晨三点，感觉自己要挂了，气死我了");
        post("ad", "weibo", "限时秒杀，扫码加微信，包邮到家，优惠多多！");
        for (int i = 0; i < 6; i++) {
            post("joke" + i, "weibo", "太好笑了哈哈哈哈[哈哈]//@路人" + i + ":[哈哈]");
        }

        Path postsFile = dir.resolve("posts.jsonl");
        Files.write(postsFile, posts, StandardCharsets.UTF_8);
        Map<TopicPartition, Long> alertsStart =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.ALERTS));

        RunSummary summary = TestRuns.bounded(config).run(List.of(postsFile), true, null);

        assertThat(summary.recordsIn()).isEqualTo(posts.size());
        assertThat(summary.documentsIndexed()).isEqualTo(posts.size());
        assertThat(summary.reconciled()).isTrue();

        Map<String, Alert> alerts = latestAlertsOfThisRun(config, alertsStart);
        assertThat(alerts.keySet()).containsExactlyInAnyOrderElementsOf(issues);
        assertThat(alerts.get(tunnel).level()).isEqualTo(RiskLevel.II);
        assertThat(alerts.get(tunnel).why())
                .anyMatch(w -> w.startsWith("等级依据") && w.contains("12 人"));
        assertThat(alerts.get(tunnel).deadlines().authoritativeRelease()).isNotNull();
        for (String issue : List.of(bridge, house, relief)) {
            assertThat(alerts.get(issue).level()).as(issue).isEqualTo(RiskLevel.IV);
            assertThat(alerts.get(issue).why()).anyMatch(w -> w.startsWith("属地：本地"));
        }
        assertThat(alerts.get(bridge).region()).isEqualTo("落润镇");

        Map<String, JsonNode> docs = RunPosts.storedDocuments(config, run);
        assertThat(docs).hasSize(posts.size());
        assertLabels(docs, "bridge", "LOCAL", "APPEAL");
        assertLabels(docs, "festival", "LOCAL", "ROUTINE");
        assertLabels(docs, "fire", "ELSEWHERE", "INCIDENT");
        assertLabels(docs, "namesake", "ELSEWHERE", "INCIDENT");
        assertLabels(docs, "emoji", "UNKNOWN", "EMOJI_ONLY");
        assertLabels(docs, "bare", "UNKNOWN", "EMPTY");
        assertLabels(docs, "ad", "UNKNOWN", "AD");
        assertLabels(docs, "hyperbole", "UNKNOWN", "CHATTER");
        for (int i = 0; i < 6; i++) {
            JsonNode joke = docs.get(run + "-joke" + i);
            assertThat(joke.path("content").path("label").asText()).isEqualTo("CHATTER");
            assertThat(joke.has("event")).as("chatter forms no event").isFalse();
        }
        assertThat(docs.get(run + "-tunnel").path("risk").path("level_evidence").toString())
                .contains("生产安全事故报告和调查处理条例");
    }

    private String post(String id, String source, String text) {
        Instant at = day.plus(Duration.ofMinutes(minute++));
        posts.add(
                Json.toString(
                        Map.of(
                                "source",
                                source,
                                "id",
                                run + "-" + id,
                                "text",
                                text,
                                "published_at",
                                at.toString())));
        String documentId = DocumentIds.documentId(source, run + "-" + id);
        documentIds.add(documentId);
        // a post that starts an event of its own raises its event's alert
        return AlertIds.forEvent(documentId);
    }

    private void assertLabels(Map<String, JsonNode> docs, String id, String scope, String label) {
        JsonNode doc = docs.get(run + "-" + id);
        assertThat(doc).as(id).isNotNull();
        assertThat(doc.path("jurisdiction").path("scope").asText()).as(id).isEqualTo(scope);
        assertThat(doc.path("content").path("label").asText()).as(id).isEqualTo(label);
    }

    private Map<String, Alert> latestAlertsOfThisRun(
            HuixiangConfig config, Map<TopicPartition, Long> from) throws Exception {
        Map<String, Alert> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : KafkaTopics.read(config, from)) {
            Alert alert = Json.mapper().readValue(r.value(), Alert.class);
            boolean ours = alert.documents().stream().anyMatch(d -> documentIds.contains(d.id()));
            Alert seen = latest.get(alert.id());
            if (ours && (seen == null || seen.revision() < alert.revision())) {
                latest.put(alert.id(), alert);
            }
        }
        return latest;
    }
}
