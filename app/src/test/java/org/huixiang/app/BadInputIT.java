package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.FlinkSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.ingest.badinput.BadInputCorpus;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus through the whole application on the real stack: the job survives every
 * record, each one is stored, dead-lettered with its reason, or dropped as a duplicate, and the
 * counts reconcile.
 */
class BadInputIT {

    @Test
    void everyBadRecordEndsWhereTheCorpusSaysAndTheCountsReconcile() throws Exception {
        HuixiangConfig config = TestConsole.config();
        List<BadInputCorpus.Case> cases = new ArrayList<>();
        BadInputCorpus.Case tooBig = null;
        // ids are made unique per run, so the corpus can run again on the same stack
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (BadInputCorpus.Case c : BadInputCorpus.forRun(run)) {
            if (c.name().equals("ten-megabytes")) {
                tooBig = c;
            } else {
                cases.add(c);
            }
        }
        Map<TopicPartition, Long> lettersStart =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));

        RunSummary summary = TestRuns.bounded(config).run(kafka -> send(kafka, cases));

        long stored = cases.stream().filter(BadInputCorpus.Case::stored).count();
        long dead = cases.stream().filter(c -> c.reason() != null).count();
        assertThat(summary.recordsIn()).isEqualTo(cases.size());
        assertThat(summary.documentsIndexed()).isEqualTo(stored);
        assertThat(summary.duplicatesDropped()).isEqualTo(1);
        assertThat(summary.deadLettered()).isEqualTo(dead);
        assertThat(summary.reconciled()).isTrue();

        List<String> reasons = new ArrayList<>();
        for (DeadLetter letter : KafkaTopics.deadLetters(config, lettersStart)) {
            reasons.add(letter.reason());
            assertThat(letter.detail()).isNotBlank();
            // sealed on the topic, and opened it is exactly one of the records sent
            assertThat(cases)
                    .as("raw bytes of a %s letter", letter.reason())
                    .anyMatch(c -> Arrays.equals(c.bytes(), letter.raw()));
        }
        assertThat(reasons)
                .containsExactlyInAnyOrderElementsOf(
                        cases.stream()
                                .filter(c -> c.reason() != null)
                                .map(BadInputCorpus.Case::reason)
                                .toList());

        // a record over the broker's limit never gets in: the sender hears it, nothing is
        // half-stored
        BadInputCorpus.Case big = tooBig;
        assertThatThrownBy(() -> send(config.kafka().clientProperties(), List.of(big)))
                .hasRootCauseInstanceOf(RecordTooLargeException.class);
    }

    /**
     * The response-command corpus ({@code bad-input/commands.tsv}) against one alert raised from a
     * complaint, in replayed time: each command is applied once or refused with its reason, and the
     * alert ends in exactly the changes the applied ones make.
     */
    @Test
    void everyBadCommandIsRefusedWithItsReasonAndTheGoodOnesApplyOnce() throws Exception {
        HuixiangConfig config =
                TestConsole.config()
                        .withFlink(
                                new FlinkSettings(
                                        1,
                                        Duration.ofSeconds(5),
                                        TestConsole.config().flink().checkpointDir(),
                                        FlinkSettings.EventTime.REPLAY));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant opened =
                LocalDate.of(2020, 1, 1)
                        .plusDays(new java.util.Random().nextInt(1500))
                        .atTime(8, 0)
                        .atZone(CountyTime.ZONE)
                        .toInstant();
        String postId = run + "-wage";
        String alert = RunPosts.alertOf(postId);
        byte[] post = RunPosts.post(postId, RunPosts.WAGE, opened).getBytes(StandardCharsets.UTF_8);
        List<String[]> cases = new ArrayList<>();
        String tsv =
                new String(
                        getClass()
                                .getClassLoader()
                                .getResourceAsStream("bad-input/commands.tsv")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
        for (String line : tsv.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                cases.add(line.split("\t", 3));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        Map<TopicPartition, Long> lettersStart =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));

        // one command a minute from an hour after the alert opened, in the corpus's order
        Map<String, String> placeholders =
                Map.of(
                        "{run}",
                        run,
                        "{alert}",
                        alert,
                        "{before}",
                        opened.minus(Duration.ofDays(1)).toString(),
                        "{future}",
                        Instant.now().plus(Duration.ofDays(365)).toString(),
                        "{long}",
                        "长".repeat(100_000),
                        "{deep}",
                        "[".repeat(5000) + "]".repeat(5000));
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        records.add(
                new ProducerRecord<>(Topics.RAW_POSTS, null, opened.toEpochMilli(), null, post));
        Instant at = opened.plus(Duration.ofHours(1));
        for (String[] c : cases) {
            at = at.plus(Duration.ofMinutes(1));
            String payload = c[2].replace("{at}", at.toString());
            for (Map.Entry<String, String> p : placeholders.entrySet()) {
                payload = payload.replace(p.getKey(), p.getValue());
            }
            records.add(
                    new ProducerRecord<>(
                            Topics.RESPONSES,
                            null,
                            at.toEpochMilli(),
                            null,
                            BadInputCorpus.bytes(payload)));
        }
        Instant end = at.plus(Duration.ofMinutes(1));
        RunSummary summary =
                TestRuns.bounded(config)
                        .run(
                                kafka -> {
                                    RunPosts.sendAll(kafka, records);
                                    return end;
                                });

        List<String> expected =
                cases.stream()
                        .filter(c -> c[1].startsWith("dead:"))
                        .map(c -> c[1].substring(5))
                        .toList();
        assertThat(summary.commandsIn()).isEqualTo(cases.size());
        assertThat(summary.commandsRefused()).isEqualTo(expected.size());
        assertThat(summary.documentsIndexed()).isEqualTo(1);
        assertThat(summary.reconciled()).isTrue();
        List<String> reasons = new ArrayList<>();
        for (DeadLetter letter : KafkaTopics.deadLetters(config, lettersStart)) {
            assertThat(letter.stage()).isEqualTo("alert");
            assertThat(letter.detail()).isNotBlank();
            reasons.add(letter.reason());
        }
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(expected);

        Alert stored = RunPosts.storedAlert(config, alert).orElseThrow();
        assertThat(stored.state()).isEqualTo(AlertState.CLOSED);
        List<AlertChange> byCommands =
                stored.history().stream().filter(c -> c.commandId() != null).toList();
        assertThat(byCommands)
                .extracting(AlertChange::commandId)
                .containsExactly(run + "-ack", run + "-respond", run + "-close");
        // kept verbatim as text: the console shows it as text, never as markup
        assertThat(stored.response().text()).isEqualTo("<script>alert(1)</script>工资已结清");
    }

    private static Instant send(Map<String, String> kafka, List<BadInputCorpus.Case> cases)
            throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (BadInputCorpus.Case c : cases) {
            String topic =
                    c.kind() == DocumentKind.MESSAGE ? Topics.RAW_MESSAGES : Topics.RAW_POSTS;
            records.add(new ProducerRecord<>(topic, c.bytes()));
        }
        RunPosts.sendAll(kafka, records);
        return Instant.now();
    }
}
