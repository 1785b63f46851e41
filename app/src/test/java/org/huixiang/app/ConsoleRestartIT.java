package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.huixiang.alerting.console.ConsoleServer;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.app.job.TopicOffsets;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

/**
 * The console restarts while a unit is answering its alerts. The unit's client does what the
 * console's page does: every action carries one request id through its retries; when the console
 * cannot be reached it waits and sends again; when the restart ended its session it logs in and
 * sends again. Replies it never saw are sent again too. In the end every action was applied exactly
 * once and nothing was refused.
 */
class ConsoleRestartIT {

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void noResponseIsLostOrAppliedTwiceAcrossARestart() throws Exception {
        HuixiangConfig base = TestConsole.config();
        int port = TestConsole.port(); // the shared console holds the administrator
        String user = "restart-" + run;
        String password =
                TestConsole.account(
                        user, "UNIT", List.of("县人力资源社会保障局", "县水利局", "县交通运输局", "县生态环境局"));
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(base.kafka().clientProperties(), List.of(Topics.DEADLETTER));

        JobClient job = RunningJob.start(base, "huixiang (console restart)");
        ConsoleServer console = null;
        try {
            List<String> alerts =
                    List.of(
                            post("wage", "庆符镇某工地老板拖欠工资半年了，我们几十个农民工讨薪无门，多次找人社局都没人管，太气愤了！"),
                            post("water", "沙河镇又停水三天了，自来水发黄有异味，老人孩子没水喝，投诉多次没人管！"),
                            post("road", "嘉乐镇到县城的道路坑洼不平，修路修了两年还没修完，出了好几起车祸，有关部门不作为！"),
                            post("river", "罗场镇养殖场污水直排河里，臭气熏天，鱼都死了，环保部门不管不问！"));
            for (String id : alerts) {
                awaitAlert(base, id, AlertState.OPEN);
            }

            // a console of its own, restarted on the same port
            HuixiangConfig config = base.withConsole(base.console().withPort(freePort(port)));
            console = ConsoleServer.start(config, SeedLoader.loadDefault());
            int consolePort = console.port();
            UnitClient unit = new UnitClient(consolePort, user, password);

            // acknowledge each alert, then respond to each: eight actions, each with its own
            // request id; the console goes away after the third
            Map<String, String> requests = new LinkedHashMap<>();
            List<String[]> actions = new ArrayList<>();
            for (String id : alerts) {
                actions.add(new String[] {id, "ACKNOWLEDGE", null});
            }
            for (String id : alerts) {
                actions.add(new String[] {id, "RESPOND", "已核实并处理，" + run});
            }
            List<String> commandIds = new ArrayList<>();
            CompletableFuture<ConsoleServer> restarted = null;
            for (int i = 0; i < actions.size(); i++) {
                String[] a = actions.get(i);
                String requestId = UUID.randomUUID().toString();
                requests.put(requestId, a[0]);
                if (i == 3) {
                    // gone for four seconds, then back on the same port with no memory of sessions
                    console.close();
                    restarted =
                            CompletableFuture.supplyAsync(
                                    () -> {
                                        try {
                                            Thread.sleep(4000);
                                            return ConsoleServer.start(
                                                    config, SeedLoader.loadDefault());
                                        } catch (Exception e) {
                                            throw new IllegalStateException(e);
                                        }
                                    });
                    console = null;
                }
                commandIds.add(unit.act(a[0], a[1], a[2], requestId));
            }
            console = restarted.get();
            assertThat(console.port()).isEqualTo(consolePort);
            assertThat(unit.reconnects).as("the client saw the console gone").isPositive();
            assertThat(unit.logins).as("and logged in again after the restart").isEqualTo(2);

            // every reply is "lost": the client sends every action once more, same request ids
            int i = 0;
            for (Map.Entry<String, String> request : requests.entrySet()) {
                String[] a = actions.get(i);
                assertThat(unit.act(a[0], a[1], a[2], request.getKey()))
                        .as("a retry carries the same command id")
                        .isEqualTo(commandIds.get(i));
                i++;
            }

            for (int k = 0; k < alerts.size(); k++) {
                Alert alert = awaitAlert(base, alerts.get(k), AlertState.RESPONDED);
                List<AlertChange> byCommands =
                        alert.history().stream().filter(c -> c.commandId() != null).toList();
                assertThat(byCommands)
                        .as(alerts.get(k))
                        .extracting(AlertChange::action)
                        .containsExactly("acknowledged", "responded");
                assertThat(byCommands)
                        .extracting(AlertChange::commandId)
                        .containsExactly(commandIds.get(k), commandIds.get(k + alerts.size()));
            }
            // sixteen sends, none refused: the duplicates were recognised, not dead-lettered
            List<String> refusals = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> r : KafkaTopics.read(base, letters)) {
                String letter = new String(r.value(), StandardCharsets.UTF_8);
                if (commandIds.stream().anyMatch(letter::contains)) {
                    refusals.add(letter);
                }
            }
            assertThat(refusals).isEmpty();
        } finally {
            if (console != null) {
                console.close();
            }
            job.cancel().get();
        }
    }

    /** A unit's client that behaves like the console's page. */
    static final class UnitClient {
        final int port;
        final String user;
        final String password;
        ConsoleClient http;
        int reconnects;
        int logins;

        UnitClient(int port, String user, String password) throws Exception {
            this.port = port;
            this.user = user;
            this.password = password;
            login();
        }

        /** Sends the action until the console takes it; returns the command id it answers. */
        String act(String alertId, String action, String text, String requestId) throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("action", action);
            body.put("text", text);
            body.put("request_id", requestId);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try {
                    ConsoleClient.Response r =
                            http.post("/api/alerts/" + alertId + "/actions", body);
                    if (r.status() == 401) {
                        login();
                        continue;
                    }
                    assertThat(r.status()).as(r.body()).isEqualTo(200);
                    return r.json().path("command_id").asText();
                } catch (ConnectException | java.net.http.HttpTimeoutException gone) {
                    reconnects++;
                    assertThat(System.nanoTime()).as("the console came back").isLessThan(deadline);
                    Thread.sleep(500);
                }
            }
        }

        private void login() throws Exception {
            http = new ConsoleClient(port);
            assertThat(http.login(user, password).status()).isEqualTo(200);
            logins++;
        }
    }

    private String post(String id, String text) throws Exception {
        Properties props = new Properties();
        props.putAll(TestConsole.config().kafka().clientProperties());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(
                            new ProducerRecord<>(
                                    Topics.RAW_POSTS,
                                    Json.toBytes(
                                            Map.of(
                                                    "source",
                                                    "weibo",
                                                    "id",
                                                    run + "-" + id,
                                                    "text",
                                                    text,
                                                    "published_at",
                                                    OffsetDateTime.now().toString()))))
                    .get();
        }
        return AlertIds.forEvent(DocumentIds.documentId("weibo", run + "-" + id));
    }

    private static Alert awaitAlert(HuixiangConfig config, String id, AlertState state)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            while (true) {
                var found = es.get(g -> g.index(IndexNames.ALERTS).id(id), JsonNode.class);
                if (found.found()) {
                    Alert alert = Json.mapper().treeToValue(found.source(), Alert.class);
                    if (alert.state() == state) {
                        return alert;
                    }
                }
                assertThat(System.nanoTime())
                        .as("alert " + id + " reaches " + state)
                        .isLessThan(deadline);
                Thread.sleep(500);
            }
        }
    }

    private static int freePort(int notThis) throws Exception {
        int port = org.huixiang.devstack.internal.Preflight.freePort();
        return port == notThis ? freePort(notThis) : port;
    }
}
