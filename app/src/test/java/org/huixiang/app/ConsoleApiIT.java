package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DocumentIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console API for every role, on the real stack with alerts the pipeline raised: what each role
 * may and may not do, checked on the server (the UI hiding a button is not security).
 */
class ConsoleApiIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static HuixiangConfig config;
    static int port;
    static String wageAlert;
    static String waterAlert;
    static Map<String, String> passwords = new java.util.HashMap<>();

    @BeforeAll
    static void alertsAndAccounts(@TempDir Path dir) throws Exception {
        config = TestConsole.config();
        port = TestConsole.port();
        Path posts = dir.resolve("posts.jsonl");
        Files.writeString(
                posts,
                Json.toString(
                                Map.of(
                                        "source",
                                        "weibo",
                                        "id",
                                        RUN + "-wage",
                                        "text",
                                        "庆符镇某工地老板拖欠工资半年了，我们几十个农民工讨薪无门，多次找人社局都没人管，太气愤了！",
                                        "published_at",
                                        java.time.OffsetDateTime.now().toString()))
                        + "\n"
                        + Json.toString(
                                Map.of(
                                        "source",
                                        "weibo",
                                        "id",
                                        RUN + "-away",
                                        "text",
                                        "珙县巡场镇又停水三天了，run" + RUN + " 小区一点通知都没有",
                                        "published_at",
                                        java.time.OffsetDateTime.now().toString()))
                        + "\n",
                StandardCharsets.UTF_8);
        Path messages = dir.resolve("messages.jsonl");
        Files.writeString(
                messages,
                Json.toString(
                                Map.of(
                                        "channel",
                                        "12345",
                                        "id",
                                        RUN + "-water",
                                        "body",
                                        "沙河镇又停水三天了，自来水发黄有异味，老人孩子没水喝，投诉多次没人管！",
                                        "submitted_at",
                                        java.time.OffsetDateTime.now().toString()))
                        + "\n",
                StandardCharsets.UTF_8);
        TestRuns.bounded(config).run(List.of(posts, messages), null);
        wageAlert = AlertIds.forEvent(DocumentIds.documentId("weibo", RUN + "-wage"));
        waterAlert = AlertIds.forEvent(DocumentIds.documentId("12345", RUN + "-water"));
        passwords.put("team", TestConsole.account("team-" + RUN, "TEAM", List.of()));
        passwords.put(
                "renshe", TestConsole.account("renshe-" + RUN, "UNIT", List.of("县人力资源社会保障局")));
        passwords.put("shuili", TestConsole.account("shuili-" + RUN, "UNIT", List.of("县水利局")));
        passwords.put("leader", TestConsole.account("leader-" + RUN, "LEADER", List.of()));
    }

    static ConsoleClient as(String who) throws Exception {
        ConsoleClient c = new ConsoleClient(port);
        assertThat(c.login(who + "-" + RUN, passwords.get(who)).status()).isEqualTo(200);
        return c;
    }

    static List<String> ids(ConsoleClient.Response r) {
        List<String> ids = new ArrayList<>();
        r.json().forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    @Test
    void withoutASessionOnlyLoginAndTheApiDescriptionAnswer() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(port);
        assertThat(anonymous.get("/api/alerts").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/alerts/" + wageAlert).status()).isEqualTo(401);
        assertThat(
                        anonymous
                                .post(
                                        "/api/alerts/" + wageAlert + "/actions",
                                        Map.of("action", "CLOSE"))
                                .status())
                .isEqualTo(401);
        ConsoleClient.Response api = anonymous.get("/api/openapi.json");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().path("paths").has("/api/alerts/{id}/actions")).isTrue();
        assertThat(
                        api.json()
                                .path("paths")
                                .path("/api/accounts")
                                .path("get")
                                .path("x-access")
                                .asText())
                .isEqualTo("permission MANAGE_ACCOUNTS");
        ConsoleClient.Response wrong = anonymous.login("team-" + RUN, "not the password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(anonymous.login("nobody-" + RUN, "whatever-123").json().path("message").asText())
                .isEqualTo(wrong.json().path("message").asText());
    }

    @Test
    void healthAndMetricsAnswerWithoutASessionAndNameRoutesNotPaths() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(port);
        assertThat(anonymous.get("/healthz").json().path("status").asText()).isEqualTo("ok");
        anonymous.get("/api/alerts/" + wageAlert);
        ConsoleClient.Response metrics = anonymous.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern(
                        "huixiang_console_requests_total\\{route=\"/api/alerts/\\{id}\","
                                + "method=\"GET\",status=\"401\"} [1-9]")
                .contains("huixiang_console_heap_used_bytes ")
                .doesNotContain(wageAlert);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesNeedTheCsrfToken() throws Exception {
        ConsoleClient team = new ConsoleClient(port);
        ConsoleClient.Response login = team.login("team-" + RUN, passwords.get("team"));
        assertThat(login.setCookie()).contains("HttpOnly").contains("SameSite=Strict");
        ConsoleClient.Response forged =
                team.postWithoutCsrf(
                        "/api/alerts/" + waterAlert + "/actions",
                        Map.of("action", "ESCALATE", "text", "x"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("error").asText()).isEqualTo("csrf");
    }

    @Test
    void aUnitMemberSeesAndActsOnlyOnItsUnitsAlerts() throws Exception {
        ConsoleClient renshe = as("renshe");
        assertThat(ids(renshe.get("/api/alerts?size=500")))
                .contains(wageAlert)
                .doesNotContain(waterAlert);
        assertThat(renshe.get("/api/alerts/" + waterAlert).status()).isEqualTo(404);
        ConsoleClient.Response detail = renshe.get("/api/alerts/" + wageAlert);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("documents").get(0).path("text").asText()).contains("拖欠工资");

        Map<TopicPartition, Long> before =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.RESPONSES));
        ConsoleClient.Response ack =
                renshe.post(
                        "/api/alerts/" + wageAlert + "/actions", Map.of("action", "ACKNOWLEDGE"));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().path("expected_state").asText()).isEqualTo("ACKNOWLEDGED");
        List<ConsumerRecord<byte[], byte[]>> sent = KafkaTopics.read(config, before);
        assertThat(sent).hasSize(1);
        JsonNode command = Json.mapper().readTree(sent.get(0).value());
        assertThat(command.path("alert_id").asText()).isEqualTo(wageAlert);
        assertThat(command.path("unit").asText()).isEqualTo("县人力资源社会保障局");
        assertThat(command.path("actor").asText()).isEqualTo("renshe-" + RUN);

        assertThat(
                        renshe.post(
                                        "/api/alerts/" + waterAlert + "/actions",
                                        Map.of("action", "ACKNOWLEDGE"))
                                .status())
                .isEqualTo(404);
        assertThat(
                        renshe.post(
                                        "/api/alerts/" + wageAlert + "/actions",
                                        Map.of("action", "CLOSE"))
                                .status())
                .isEqualTo(403);
        assertThat(
                        renshe.post(
                                        "/api/alerts/" + wageAlert + "/actions",
                                        Map.of("action", "RESPOND"))
                                .json()
                                .path("error")
                                .asText())
                .isEqualTo("missing_text");
        assertThat(renshe.get("/api/analysis").status()).isEqualTo(403);
        assertThat(renshe.get("/api/search").status()).isEqualTo(403);
        assertThat(renshe.get("/api/reports/daily").status()).isEqualTo(403);
        assertThat(renshe.get("/api/accounts").status()).isEqualTo(403);
        ConsoleClient.Response mine = renshe.get("/api/timeliness");
        mine.json()
                .path("units")
                .forEach(u -> assertThat(u.path("unit").asText()).isEqualTo("县人力资源社会保障局"));
    }

    @Test
    void theResponseTeamSeesEverythingAndReassignsEscalatesCloses() throws Exception {
        ConsoleClient team = as("team");
        assertThat(ids(team.get("/api/alerts?size=500"))).contains(wageAlert, waterAlert);
        ConsoleClient.Response escalate =
                team.post(
                        "/api/alerts/" + waterAlert + "/actions",
                        Map.of("action", "ESCALATE", "text", "请加快办理"));
        assertThat(escalate.status()).isEqualTo(200);
        assertThat(escalate.json().path("unit").asText()).isEqualTo("县政府办公室");
        // the team is not among the water alert's units: it cannot acknowledge for 县水利局
        assertThat(
                        team.post(
                                        "/api/alerts/" + waterAlert + "/actions",
                                        Map.of("action", "ACKNOWLEDGE"))
                                .status())
                .isEqualTo(403);
        assertThat(
                        team.post(
                                        "/api/alerts/" + waterAlert + "/actions",
                                        Map.of("action", "REASSIGN", "assign_to", List.of("县不存在局")))
                                .json()
                                .path("error")
                                .asText())
                .isEqualTo("bad_assignment");
        assertThat(team.get("/api/analysis").status()).isEqualTo(200);
        ConsoleClient.Response search =
                team.get(
                        "/api/search?q="
                                + java.net.URLEncoder.encode("停水", StandardCharsets.UTF_8));
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().path("facets").has("source")).isTrue();
        assertThat(search.json().path("facets").has("jurisdiction")).isTrue();
        // a post from elsewhere raised no alert, yet analysts find it by its jurisdiction
        JsonNode away =
                team.get("/api/search?jurisdiction=ELSEWHERE&q=run" + RUN).json().path("hits");
        assertThat(away).hasSize(1);
        assertThat(away.get(0).path("jurisdiction").asText()).isEqualTo("ELSEWHERE");
        assertThat(away.get(0).path("content").asText()).isEqualTo("APPEAL");
        assertThat(
                        team.get("/api/search?jurisdiction=LOCAL&q=run" + RUN)
                                .json()
                                .path("total")
                                .asInt())
                .isZero();
        assertThat(team.get("/api/accounts").status()).isEqualTo(403);
    }

    @Test
    void leadershipReadsEverythingAndChangesNothing() throws Exception {
        ConsoleClient leader = as("leader");
        assertThat(ids(leader.get("/api/alerts?size=500"))).contains(wageAlert, waterAlert);
        assertThat(
                        leader.post(
                                        "/api/alerts/" + wageAlert + "/actions",
                                        Map.of("action", "ACKNOWLEDGE"))
                                .status())
                .isEqualTo(403);
        assertThat(
                        leader.post(
                                        "/api/alerts/" + wageAlert + "/actions",
                                        Map.of("action", "CLOSE"))
                                .status())
                .isEqualTo(403);
        ConsoleClient.Response daily = leader.get("/api/reports/daily");
        assertThat(daily.status()).isEqualTo(200);
        assertThat(daily.body()).contains("高县政务舆情日报").contains("办理时效");
        ConsoleClient.Response md = leader.get("/api/reports/weekly?format=md");
        assertThat(md.body()).startsWith("# 高县政务舆情周报");
        assertThat(leader.get("/api/timeliness").json().path("units").size()).isGreaterThan(0);
        assertThat(leader.get("/api/accounts").status()).isEqualTo(403);
    }

    @Test
    void theAdministratorManagesAccountsAndSeesNoAlerts() throws Exception {
        ConsoleClient admin = new ConsoleClient(port);
        assertThat(admin.login(TestConsole.ADMIN, TestConsole.ADMIN_PASSWORD).status())
                .isEqualTo(200);
        assertThat(admin.get("/api/alerts").status()).isEqualTo(403);
        assertThat(admin.get("/api/alerts/stream").status()).isEqualTo(403);
        JsonNode accounts = admin.get("/api/accounts").json();
        assertThat(accounts.toString())
                .contains("renshe-" + RUN)
                .doesNotContain("password")
                .doesNotContain("pbkdf2");
        assertThat(
                        admin.post(
                                        "/api/accounts",
                                        Map.of(
                                                "username",
                                                "weak-" + RUN,
                                                "role",
                                                "UNIT",
                                                "units",
                                                List.of("县水利局"),
                                                "password",
                                                "short"))
                                .status())
                .isEqualTo(400);
        assertThat(
                        admin.post(
                                        "/api/accounts",
                                        Map.of(
                                                "username",
                                                "nounit-" + RUN,
                                                "role",
                                                "UNIT",
                                                "password",
                                                "long-enough-password"))
                                .status())
                .isEqualTo(400);

        String temp = TestConsole.account("temp-" + RUN, "LEADER", List.of());
        ConsoleClient tempClient = new ConsoleClient(port);
        assertThat(tempClient.login("temp-" + RUN, temp).status()).isEqualTo(200);
        assertThat(admin.put("/api/accounts/temp-" + RUN, Map.of("disabled", true)).status())
                .isEqualTo(200);
        assertThat(tempClient.get("/api/alerts").status()).as("the session ends").isEqualTo(401);
        assertThat(new ConsoleClient(port).login("temp-" + RUN, temp).status()).isEqualTo(401);
    }
}
