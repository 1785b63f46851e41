package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.console.ConsoleServer;
import org.huixiang.devstack.internal.Preflight;
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
        String user = "restart-" + run;
        String password =
                TestConsole.account(
                        user, "UNIT", List.of("县人力资源社会保障局", "县水利局", "县交通运输局", "县生态环境局"));
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(base.kafka().clientProperties(), List.of(Topics.DEADLETTER));

        JobClient job = RunningJob.start(base, "huixiang (console restart)");
        ConsoleServer console = null;
        try {
            List<String> alerts = new ArrayList<>();
            List<byte[]> posts = new ArrayList<>();
            for (String text :
                    List.of(RunPosts.WAGE, RunPosts.WATER, RunPosts.ROAD, RunPosts.RIVER)) {
                String id = run + "-" + posts.size();
                posts.add(RunPosts.post(id, text, Instant.now()).getBytes(StandardCharsets.UTF_8));
                alerts.add(RunPosts.alertOf(id));
            }
            RunPosts.send(base, posts);
            for (String id : alerts) {
                awaitAlert(base, id, AlertState.OPEN);
            }

            // a console of its own, restarted on the same port
            HuixiangConfig config = base.withConsole(base.console().withPort(Preflight.freePort()));
            console = ConsoleServer.start(config, SeedLoader.loadDefault());
            int consolePort = console.port();
            UnitClient unit = new UnitClient(consolePort, user, password);

            // acknowledge each alert, then respond to each: eight actions, each with its own
            // request id; the console goes away after the third
            List<Step> steps = new ArrayList<>();
            for (String action : List.of("ACKNOWLEDGE", "RESPOND")) {
                for (String id : alerts) {
                    String text = action.equals("RESPOND") ? "已核实并处理，" + run : null;
                    steps.add(new Step(id, action, text, UUID.randomUUID().toString()));
                }
            }
            List<String> commandIds = new ArrayList<>();
            CompletableFuture<ConsoleServer> restarted = null;
            for (int i = 0; i < steps.size(); i++) {
                if (i == 3) {
                    // gone for four seconds, then back on the same port with no memory of sessions
                    console.close();
                    console = null;
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
                }
                commandIds.add(unit.act(steps.get(i)));
            }
            console = restarted.get();
            assertThat(console.port()).isEqualTo(consolePort);
            assertThat(unit.reconnects).as("the client saw the console gone").isPositive();
            assertThat(unit.logins).as("and logged in again after the restart").isEqualTo(2);

            // every reply is "lost": the client sends every action once more, same request ids
            for (int i = 0; i < steps.size(); i++) {
                assertThat(unit.act(steps.get(i)))
                        .as("a retry carries the same command id")
                        .isEqualTo(commandIds.get(i));
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

    /** One action of the unit, with the request id it keeps through retries. */
    record Step(String alertId, String action, String text, String requestId) {}

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
        String act(Step step) throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("action", step.action());
            body.put("text", step.text());
            body.put("request_id", step.requestId());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try {
                    ConsoleClient.Response r =
                            http.post("/api/alerts/" + step.alertId() + "/actions", body);
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

    private static Alert awaitAlert(HuixiangConfig config, String id, AlertState state)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            Optional<Alert> alert = RunPosts.storedAlert(config, id);
            if (alert.isPresent() && alert.get().state() == state) {
                return alert.get();
            }
            assertThat(System.nanoTime())
                    .as("alert " + id + " reaches " + state)
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}
