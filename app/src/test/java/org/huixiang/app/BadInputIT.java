package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.huixiang.app.job.RunSummary;
import org.huixiang.app.job.TopicOffsets;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;
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
        for (BadInputCorpus.Case c : BadInputCorpus.load()) {
            byte[] bytes =
                    new String(c.bytes(), StandardCharsets.ISO_8859_1)
                            .replace("\"bi-", "\"" + run + "-bi-")
                            .getBytes(StandardCharsets.ISO_8859_1);
            BadInputCorpus.Case own =
                    new BadInputCorpus.Case(c.name(), c.kind(), c.outcome(), bytes);
            if (c.name().equals("ten-megabytes")) {
                tooBig = own;
            } else {
                cases.add(own);
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
        for (ConsumerRecord<byte[], byte[]> r : KafkaTopics.read(config, lettersStart)) {
            JsonNode letter = Json.mapper().readTree(r.value());
            reasons.add(letter.path("reason").asText());
            assertThat(letter.path("detail").asText()).isNotBlank();
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

    private static Instant send(Map<String, String> kafka, List<BadInputCorpus.Case> cases)
            throws InterruptedException, ExecutionException {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(32 << 20));
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (BadInputCorpus.Case c : cases) {
                String topic =
                        c.kind() == DocumentKind.MESSAGE ? Topics.RAW_MESSAGES : Topics.RAW_POSTS;
                producer.send(new ProducerRecord<>(topic, c.bytes())).get();
            }
        }
        return Instant.now();
    }
}
