package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.config.NotificationSettings.Format;
import org.huixiang.common.config.NotificationSettings.Webhook;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.setup.AppStack;
import org.huixiang.devstack.DevStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted day of the response loop, replayed in event time on the real stack: five complaints
 * raise five alerts; units acknowledge, respond, return and miss deadlines at chosen delays; the
 * response team reassigns, presses and closes; illegal commands are refused. The alerts' final
 * states and the timeliness report equal what is worked out by hand below.
 *
 * <p>Delays are chosen to hold whatever level the analyzer gives a complaint (acknowledge within 30
 * min to 4 h and respond within 24–48 h, by level): in time is at most 20 min and 10–21 h, late is
 * 5 h and 50 h.
 */
class AlertLoopIT {

    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    @TempDir Path dir;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    // a day of its own in the past, so that a report of that day sees only this run
    final LocalDate day = LocalDate.of(2019, 1, 1).plusDays(new Random().nextInt(2000));
    final List<String> posts = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<String> commands = new ArrayList<>();

    @Test
    void aScriptedDayEndsInTheStatesAndFiguresWorkedOutByHand() throws Exception {
        DevStack stack = AppStack.get();
        HuixiangConfig config = RunPosts.replayConfig(stack, dir);

        // webhooks on a real HTTP server: every alert (generic JSON), the response team's
        // escalations (企业微信 format), and one endpoint that always fails
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> generic = new CopyOnWriteArrayList<>();
        List<String> wecom = new CopyOnWriteArrayList<>();
        AtomicInteger failedAttempts = new AtomicInteger();
        server.createContext("/all", exchange -> answer(exchange, generic, 200));
        server.createContext("/team", exchange -> answer(exchange, wecom, 200));
        server.createContext(
                "/down",
                exchange -> {
                    failedAttempts.incrementAndGet();
                    answer(exchange, new ArrayList<>(), 503);
                });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        config =
                config.withNotifications(
                        new NotificationSettings(
                                List.of(
                                        new Webhook(
                                                "all",
                                                Format.GENERIC,
                                                base + "/all",
                                                List.of(),
                                                false),
                                        new Webhook(
                                                "team",
                                                Format.WECOM,
                                                base + "/team",
                                                List.of("县政府办公室"),
                                                true),
                                        new Webhook(
                                                "down",
                                                Format.DINGTALK,
                                                base + "/down",
                                                List.of("县交通运输局"),
                                                false)),
                                null,
                                2,
                                Duration.ofMillis(100),
                                Duration.ofSeconds(2)));

        String wage = post("wage", "08:00", RunPosts.WAGE);
        String water = message("water", "09:00", RunPosts.WATER);
        String road = post("road", "10:00", RunPosts.ROAD);
        String school = post("school", "11:00", "文江镇中学食堂饭菜变质，好几个学生吃了拉肚子，学校还想捂着，家长非常愤怒！");
        String river = post("river", "13:00", RunPosts.RIVER);
        // a quiet post three days later: the replayed data, and so event time, reach that far
        post("clock", "+3d 12:00", "今天天气很好，出去走走。");

        command(wage, "县人力资源社会保障局", "acknowledge", "08:20", null, null);
        command(wage, "县教育体育局", "acknowledge", "09:30", null, null); // not its alert
        command("Anope", "县人力资源社会保障局", "acknowledge", "09:40", null, null); // unknown
        command(wage, "县人力资源社会保障局", "respond", "18:00", "已约谈企业，工资本月结清", null);
        command(wage, "县人力资源社会保障局", "acknowledge", "19:30", null, null); // responded
        command(water, "县水利局", "acknowledge", "14:00", null, null); // 5 h: late
        command(water, "县水利局", "respond", "19:00", "管网抢修完毕，已恢复供水", null);
        command(water, "县水利局", "close", "20:00", "已办结", null); // a team action
        command(school, "县教育体育局", "return", "11:30", "食品安全归市场监管局", null);
        command(school, "县政府办公室", "reassign", "12:00", "请市场监管局牵头", List.of("县市场监管局", "文江镇人民政府"));
        command(school, "县市场监管局", "acknowledge", "12:20", null, null);
        command(school, "县市场监管局", "respond", "+1d 09:00", "已查封问题食材，约谈学校", null);
        command(school, "县政府办公室", "close", "+1d 10:00", "回应到位", null);
        command(river, "县生态环境局", "acknowledge", "13:10", null, null);
        command(river, "县政府办公室", "escalate", "20:00", "请加快查处", null);
        command(river, "县生态环境局", "respond", "+2d 15:00", "已责令养殖场停产整改", null); // 50 h
        commands.add("{\"id\": \"" + run + "-broken\", \"alert_id\": "); // malformed

        Path postsFile = write("posts.jsonl", posts);
        Path messagesFile = write("messages-12345.jsonl", messages);
        Path commandsFile = write("responses.jsonl", commands);
        Map<TopicPartition, Long> alertsStart =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.ALERTS));
        Map<TopicPartition, Long> lettersStart =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));

        RunSummary summary =
                TestRuns.bounded(config)
                        .run(List.of(postsFile, messagesFile, commandsFile), true, null);

        assertThat(summary.recordsIn()).isEqualTo(6);
        assertThat(summary.documentsIndexed()).isEqualTo(6);
        assertThat(summary.commandsIn()).isEqualTo(17);
        // refused: not its alert, unknown alert, acknowledge after respond, close by a unit,
        // malformed
        assertThat(summary.commandsRefused()).isEqualTo(5);
        // the road alert and its two escalations could not be delivered to "down"
        assertThat(summary.notificationsFailed()).isEqualTo(3);
        assertThat(summary.reconciled()).isTrue();
        server.stop(0);
        assertThat(failedAttempts.get()).isEqualTo(6);
        // five new alerts; four overdue escalations and one 督办
        List<String> events = new ArrayList<>();
        for (String body : generic) {
            JsonNode n = Json.mapper().readTree(body);
            events.add(n.path("event").asText() + ":" + n.path("kind").asText());
        }
        assertThat(events)
                .containsExactlyInAnyOrder(
                        "opened:DOCUMENT",
                        "opened:DOCUMENT",
                        "opened:DOCUMENT",
                        "opened:DOCUMENT",
                        "opened:DOCUMENT",
                        "escalated:OVERDUE",
                        "escalated:OVERDUE",
                        "escalated:OVERDUE",
                        "escalated:OVERDUE",
                        "escalated:DOCUMENT");
        assertThat(wecom)
                .hasSize(4)
                .allSatisfy(
                        body ->
                                assertThat(Json.mapper().readTree(body).path("msgtype").asText())
                                        .isEqualTo("markdown"))
                .anySatisfy(body -> assertThat(body).contains("超期未签收").contains("县交通运输局"));

        Map<String, Alert> latest = latestRevisions(config, alertsStart);
        Alert a = latest.get(wage);
        assertThat(a.leadUnit()).isEqualTo("县人力资源社会保障局");
        assertThat(a.state()).isEqualTo(AlertState.RESPONDED);
        assertThat(a.revision()).isEqualTo(3);
        assertThat(a.progress().acknowledgedAt()).isEqualTo(at("08:20"));

        Alert b = latest.get(water);
        assertThat(b.leadUnit()).isEqualTo("县水利局");
        assertThat(b.state()).isEqualTo(AlertState.RESPONDED);
        assertThat(b.progress().acknowledgeOverdue()).isTrue();
        assertThat(b.progress().respondOverdue()).isFalse();
        assertThat(latest.get(water + "~acknowledge").state()).isEqualTo(AlertState.CLOSED);
        assertThat(latest.get(water + "~acknowledge").openedAt())
                .isEqualTo(b.deadlines().acknowledge());

        Alert c = latest.get(road);
        assertThat(c.leadUnit()).isEqualTo("县交通运输局");
        assertThat(c.state()).isEqualTo(AlertState.OPEN);
        assertThat(c.progress().acknowledgeOverdue()).isTrue();
        assertThat(c.progress().respondOverdue()).isTrue();
        assertThat(c.history())
                .extracting("action")
                .containsExactly("opened", "reminder", "overdue", "reminder", "overdue");
        assertThat(latest.get(road + "~acknowledge").leadUnit()).isEqualTo("县政府办公室");
        assertThat(latest.get(road + "~respond").state()).isEqualTo(AlertState.OPEN);

        Alert d = latest.get(school);
        assertThat(d.state()).isEqualTo(AlertState.CLOSED);
        assertThat(d.leadUnit()).isEqualTo("县市场监管局");
        assertThat(d.responsibleUnits()).containsExactly("文江镇人民政府");
        assertThat(d.assignedAt()).isEqualTo(at("12:00"));
        assertThat(d.history())
                .extracting("action")
                .containsExactly(
                        "opened", "returned", "reassigned", "acknowledged", "responded", "closed");

        Alert e = latest.get(river);
        assertThat(e.state()).isEqualTo(AlertState.RESPONDED);
        assertThat(e.progress().supervised()).isTrue();
        assertThat(e.progress().respondOverdue()).isTrue();
        assertThat(latest.get(river + "~respond").state()).isEqualTo(AlertState.CLOSED);

        assertThat(latest.keySet())
                .containsExactlyInAnyOrder(
                        wage,
                        water,
                        water + "~acknowledge",
                        road,
                        road + "~acknowledge",
                        road + "~respond",
                        school,
                        river,
                        river + "~respond");

        List<String> refusals = new ArrayList<>();
        for (DeadLetter letter : KafkaTopics.deadLetters(config, lettersStart)) {
            if (letter.stage().equals("alert")
                    && new String(letter.raw(), StandardCharsets.UTF_8).contains(run)) {
                refusals.add(letter.reason());
            }
        }
        assertThat(refusals)
                .containsExactlyInAnyOrder(
                        "not_responsible",
                        "unknown_alert",
                        "illegal_transition",
                        "not_response_team",
                        "malformed_command");

        // the same revisions are in Elasticsearch, and the report reads them from there
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            es.indices().refresh(r -> r.index(IndexNames.ALERTS));
            assertThat(es.get(g -> g.index(IndexNames.ALERTS).id(d.id()), JsonNode.class).version())
                    .isEqualTo(d.revision());
        }
        Path cfg =
                write(
                        "huixiang.yaml",
                        List.of(
                                "kafka: {bootstrap_servers: \""
                                        + stack.kafkaBootstrapServers()
                                        + "\"}",
                                "elasticsearch: {hosts: [\"" + stack.elasticsearchUrl() + "\"]}"));
        CliRun report =
                CliRun.run(
                        "report",
                        "timeliness",
                        "--config",
                        cfg.toString(),
                        "--from",
                        day.toString(),
                        "--to",
                        day.plusDays(1).toString(),
                        "--as-of",
                        at("+3d 12:00").toString(),
                        "--json");
        assertThat(report.code()).as(report.err()).isZero();
        JsonNode json = CliRun.lastLineJson(report);
        Map<String, JsonNode> units = new HashMap<>();
        json.path("units").forEach(u -> units.put(u.path("unit").asText(), u));
        assertThat(units.keySet())
                .containsExactlyInAnyOrder("县人力资源社会保障局", "县水利局", "县交通运输局", "县市场监管局", "县生态环境局");
        // by hand: unit → received, acknowledged in time, responded in time, overdue,
        // minutes to acknowledge, minutes to respond
        expect(units.get("县人力资源社会保障局"), 1, 1, 1, 0, 20, 600);
        expect(units.get("县水利局"), 1, 0, 1, 1, 300, 600);
        expect(units.get("县交通运输局"), 1, 0, 0, 1, null, null);
        expect(units.get("县市场监管局"), 1, 1, 1, 0, 20, 21 * 60);
        expect(units.get("县生态环境局"), 1, 1, 0, 1, 10, 50 * 60);
        JsonNode total = json.path("total");
        assertThat(total.path("received").asInt()).isEqualTo(5);
        assertThat(total.path("acknowledge_rate").asDouble()).isEqualTo(0.6);
        assertThat(total.path("respond_rate").asDouble()).isEqualTo(0.6);
        assertThat(total.path("overdue").asInt()).isEqualTo(3);
        // one alert each is below the minimum volume of 5: listed, not ranked
        units.values().forEach(u -> assertThat(u.has("rank")).isFalse());
        System.out.println(report.out());
    }

    private static void answer(HttpExchange exchange, List<String> into, int status)
            throws IOException {
        into.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] reply = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private static void expect(
            JsonNode u,
            int received,
            int ackInTime,
            int respInTime,
            int overdue,
            Integer minutesToAck,
            Integer minutesToRespond) {
        String unit = u.path("unit").asText();
        assertThat(u.path("received").asInt()).as(unit).isEqualTo(received);
        assertThat(u.path("acknowledged_in_time").asInt()).as(unit).isEqualTo(ackInTime);
        assertThat(u.path("responded_in_time").asInt()).as(unit).isEqualTo(respInTime);
        assertThat(u.path("overdue").asInt()).as(unit).isEqualTo(overdue);
        assertThat(minutes(u.path("median_to_acknowledge"))).as(unit).isEqualTo(minutesToAck);
        assertThat(minutes(u.path("median_to_respond"))).as(unit).isEqualTo(minutesToRespond);
    }

    private static Integer minutes(JsonNode duration) {
        return duration.isNull() || duration.isMissingNode()
                ? null
                : (int) Duration.parse(duration.asText()).toMinutes();
    }

    /** "HH:mm" on the day, or "+Nd HH:mm" N days later, as an instant. */
    private Instant at(String time) {
        LocalDate date = day;
        if (time.startsWith("+")) {
            date = day.plusDays(Integer.parseInt(time.substring(1, time.indexOf('d'))));
            time = time.substring(time.indexOf(' ') + 1);
        }
        return ZonedDateTime.of(date, java.time.LocalTime.parse(time), COUNTY).toInstant();
    }

    private String post(String id, String time, String text) {
        posts.add(RunPosts.post(run + "-" + id, text, at(time)));
        return RunPosts.alertOf(run + "-" + id);
    }

    private String message(String id, String time, String body) {
        messages.add(
                Json.toString(
                        Map.of(
                                "channel",
                                "12345",
                                "id",
                                run + "-" + id,
                                "body",
                                body,
                                "submitted_at",
                                at(time).atZone(COUNTY).toOffsetDateTime().toString())));
        return AlertIds.forEvent(DocumentIds.documentId("12345", run + "-" + id));
    }

    private void command(
            String alertId,
            String unit,
            String action,
            String time,
            String text,
            List<String> assignTo) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", run + "-c" + commands.size());
        c.put("alert_id", alertId);
        c.put("unit", unit);
        c.put("actor", "测试员");
        c.put("action", action.toUpperCase(java.util.Locale.ROOT));
        c.put("text", text);
        c.put("assign_to", assignTo);
        c.put("at", at(time).toString());
        commands.add(Json.toString(c));
    }

    private Map<String, Alert> latestRevisions(
            HuixiangConfig config, Map<TopicPartition, Long> from) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String id : List.of("wage", "road", "school", "river", "clock")) {
            ids.add(DocumentIds.documentId("weibo", run + "-" + id));
        }
        ids.add(DocumentIds.documentId("12345", run + "-water"));
        Map<String, Alert> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : KafkaTopics.read(config, from)) {
            Alert alert = Json.mapper().readValue(r.value(), Alert.class);
            boolean ours = alert.documents().stream().anyMatch(doc -> ids.contains(doc.id()));
            Alert seen = latest.get(alert.id());
            if (ours && (seen == null || seen.revision() < alert.revision())) {
                latest.put(alert.id(), alert);
            }
        }
        return latest;
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
