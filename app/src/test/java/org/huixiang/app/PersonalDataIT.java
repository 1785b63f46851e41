package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.FlinkSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.ingest.privacy.PiiCorpus;
import org.junit.jupiter.api.Test;

/**
 * One run on the real stack with citizens' personal data everywhere it can come in — post texts,
 * message bodies, contact and address fields, records the job rejects, a unit's response text — and
 * then a search for every one of those values in what the run wrote: the documents and alerts in
 * Elasticsearch, the alerts topic, the dead-letter topic and the log. None may be there in clear.
 */
class PersonalDataIT {

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void noUnmaskedValueReachesElasticsearchAlertsLogsOrDeadLetters() throws Exception {
        HuixiangConfig base = TestConsole.config();
        HuixiangConfig config =
                base.withFlink(
                        new FlinkSettings(
                                1,
                                Duration.ofSeconds(5),
                                base.flink().checkpointDir(),
                                FlinkSettings.EventTime.REPLAY));
        String run = UUID.randomUUID().toString().substring(0, 8);
        long seed = new Random().nextLong();
        Instant opened =
                LocalDate.of(2020, 1, 1)
                        .plusDays(Math.floorMod(seed, 1500))
                        .atTime(8, 0)
                        .atZone(CountyTime.ZONE)
                        .toInstant();
        List<PiiCorpus.Sample> samples = new PiiCorpus(seed).samples(40);
        Set<String> personal = new LinkedHashSet<>();
        samples.forEach(
                s ->
                        s.values().stream()
                                .filter(PiiCorpus.Value::personal)
                                .forEach(v -> personal.add(v.text())));

        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        Instant at = opened;
        String firstPost = run + "-p0";
        for (int i = 0; i < samples.size(); i++) {
            String text = samples.get(i).text();
            at = at.plus(Duration.ofMinutes(1));
            if (i % 2 == 0) {
                // a wage complaint with the citizen's data in it: raises an alert about it
                records.add(
                        record(
                                Topics.RAW_POSTS,
                                at,
                                RunPosts.post(run + "-p" + i, RunPosts.WAGE + text, at)));
            } else {
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("channel", "12345");
                message.put("id", run + "-m" + i);
                message.put("body", text);
                message.put("submitted_at", LOCAL.format(at.atZone(CountyTime.ZONE)));
                message.put("contact", Map.of("name", "王建国", "phone", mobile(i, seed)));
                String address = "庆符镇光明村" + (i % 9 + 1) + "组" + (100 + i) + "号";
                message.put("address", address);
                personal.add(mobile(i, seed));
                personal.add(address);
                records.add(record(Topics.RAW_MESSAGES, at, Json.toString(message)));
            }
        }
        // records the job rejects, the data glued into what the parser quotes back
        String glued = mobile(97, seed);
        String idCard = "511525198807151232";
        personal.add(glued);
        personal.add(idCard);
        records.add(
                record(
                        Topics.RAW_MESSAGES,
                        at,
                        "{\"channel\": \"12345\", \"id\": \""
                                + run
                                + "-bad1\", \"body\": \"电话\","
                                + " \"phone\": tel"
                                + glued
                                + "}"));
        records.add(
                record(
                        Topics.RAW_MESSAGES,
                        at,
                        "{\"channel\": \"12345\", \"id\": \""
                                + run
                                + "-bad2\", \"body\": \"身份证"
                                + idCard
                                + "，没有时间\"}"));
        // the lead unit acknowledges and responds, quoting the citizen's numbers
        String responsePhone = mobile(98, seed);
        personal.add(responsePhone);
        String alert = RunPosts.alertOf(firstPost);
        records.add(
                command(run + "-ack", alert, "ACKNOWLEDGE", null, at.plus(Duration.ofHours(1))));
        records.add(
                command(
                        run + "-respond",
                        alert,
                        "RESPOND",
                        "已电话联系" + responsePhone + "，身份证" + idCard + "已核实，工资已结清",
                        at.plus(Duration.ofHours(2))));
        Instant end = at.plus(Duration.ofHours(3));

        Map<TopicPartition, Long> alertsStart =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.ALERTS));
        Map<TopicPartition, Long> lettersStart =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
        StringWriter log = new StringWriter();
        RunSummary summary;
        try (LogCapture capture = LogCapture.into(log)) {
            summary =
                    TestRuns.bounded(config)
                            .run(
                                    kafka -> {
                                        RunPosts.sendAll(kafka, records);
                                        return end;
                                    });
        }

        assertThat(summary.reconciled()).isTrue();
        assertThat(summary.deadLettered()).isEqualTo(2);
        assertThat(summary.commandsRefused()).isZero();
        assertThat(RunPosts.storedAlert(config, alert).orElseThrow().response().text())
                .startsWith("已电话联系");

        Map<String, String> written = new LinkedHashMap<>();
        written.put("log", log.toString());
        written.put("documents", documents(config, run));
        written.put("alerts index", alerts(config, opened, end));
        StringBuilder alertTopic = new StringBuilder();
        for (ConsumerRecord<byte[], byte[]> r : KafkaTopics.read(config, alertsStart)) {
            alertTopic.append(new String(r.value(), StandardCharsets.UTF_8)).append('\n');
        }
        written.put("alerts topic", alertTopic.toString());
        StringBuilder letters = new StringBuilder();
        List<DeadLetter> openedLetters = new ArrayList<>();
        DeadLetterCodec codec = TestRuns.KEYS.deadLetterCodec();
        for (ConsumerRecord<byte[], byte[]> r : KafkaTopics.read(config, lettersStart)) {
            DeadLetter letter = DeadLetterCodec.read(r.value());
            letters.append(new String(r.value(), StandardCharsets.UTF_8))
                    .append(new String(letter.raw(), StandardCharsets.ISO_8859_1))
                    .append(new String(letter.raw(), StandardCharsets.UTF_8))
                    .append('\n');
            openedLetters.add(codec.open(letter));
        }
        written.put("dead letters", letters.toString());

        // the run wrote something everywhere we look, or finding nothing would prove nothing
        assertThat(written.get("documents")).contains(run);
        assertThat(written.get("alerts index")).contains(alert);
        assertThat(written.get("alerts topic")).contains(alert);
        assertThat(written.get("log")).isNotBlank();
        // the letters hold the data, but only for whoever has the key
        assertThat(openedLetters).hasSize(2);
        assertThat(
                        new String(openedLetters.get(0).raw(), StandardCharsets.UTF_8)
                                + new String(openedLetters.get(1).raw(), StandardCharsets.UTF_8))
                .contains(glued)
                .contains(idCard);

        for (Map.Entry<String, String> place : written.entrySet()) {
            String haystack = place.getValue();
            String digitsOnly = haystack.replaceAll("[\\s-]", "");
            for (String value : personal) {
                assertThat(haystack).as("%s holds %s", place.getKey(), value).doesNotContain(value);
                String compact = value.replaceAll("[\\s-]", "");
                if (compact.matches("\\+?\\d{7,}")) {
                    assertThat(digitsOnly)
                            .as("%s holds %s without separators", place.getKey(), value)
                            .doesNotContain(compact.replace("+", ""));
                }
            }
        }
    }

    /** A mobile number unique to the run's seed and {@code i}, as a citizen writes it. */
    private static String mobile(int i, long seed) {
        return "139" + String.format("%08d", Math.floorMod(seed + i * 7919L, 100_000_000L));
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, Instant at, String value) {
        return new ProducerRecord<>(
                topic, null, at.toEpochMilli(), null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static ProducerRecord<byte[], byte[]> command(
            String id, String alert, String action, String text, Instant at) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("alert_id", alert);
        c.put("unit", "县人力资源社会保障局");
        c.put("actor", "测试员");
        c.put("action", action);
        if (text != null) {
            c.put("text", text);
        }
        c.put("at", at.toString());
        return record(Topics.RESPONSES, at, Json.toString(c));
    }

    private static String documents(HuixiangConfig config, String run) throws Exception {
        return search(
                config,
                IndexNames.DOCS_ALIAS,
                Query.of(q -> q.prefix(p -> p.field("source_id").value(run + "-"))));
    }

    /** The alerts opened in the run's stretch of replayed time (other runs' hold other data). */
    private static String alerts(HuixiangConfig config, Instant from, Instant to) throws Exception {
        return search(
                config,
                IndexNames.ALERTS,
                Query.of(
                        q ->
                                q.range(
                                        r ->
                                                r.date(
                                                        d ->
                                                                d.field("opened_at")
                                                                        .gte(from.toString())
                                                                        .lte(to.toString())))));
    }

    private static String search(HuixiangConfig config, String index, Query query)
            throws Exception {
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            es.indices().refresh(r -> r.index(index));
            StringBuilder all = new StringBuilder();
            es.search(s -> s.index(index).size(1000).query(query), JsonNode.class)
                    .hits()
                    .hits()
                    .forEach(h -> all.append(Json.toString(h.source())).append('\n'));
            return all.toString();
        }
    }
}
