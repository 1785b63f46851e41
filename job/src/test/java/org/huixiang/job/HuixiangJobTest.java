package org.huixiang.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.common.config.AnalysisSettings;
import org.huixiang.common.config.FlinkSettings.EventTime;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.AppealType;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.model.Origin;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.ingest.privacy.PiiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole job on a Flink MiniCluster, without a broker or Elasticsearch: in-memory sources, sinks
 * that collect. For the job's logic end to end — what becomes a document, an alert or a dead
 * letter, and that the counts reconcile; the connectors are tested against the embedded stack.
 */
class HuixiangJobTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    /** What the collecting sinks received, by sink; static because Flink serializes the sinks. */
    static final Map<String, ConcurrentLinkedQueue<Object>> COLLECTED = new ConcurrentHashMap<>();

    static final Instant DAY = Instant.parse("2025-03-10T01:00:00Z");

    @Test
    void onlyTheCountysIssueAlertsBadRecordsAreDeadLettersAndTheCountsReconcile() throws Exception {
        List<RawRecord> raw = new ArrayList<>();
        String local = post("local", "落润镇新修的便民桥才半年桥面就开裂了，赶场的人天天从上面过，希望有关部门来看看。");
        raw.add(record(Topics.RAW_POSTS, raw.size(), local));
        raw.add(record(Topics.RAW_POSTS, raw.size(), local)); // sent twice: an exact duplicate
        raw.add(record(Topics.RAW_POSTS, raw.size(), post("away", "珙县巡场镇一煤矿发生瓦斯爆炸，多人受伤")));
        raw.add(record(Topics.RAW_POSTS, raw.size(), post("chat", "追剧追到凌晨，累死了[泪]")));
        raw.add(record(Topics.RAW_POSTS, raw.size(), "{\"source\": \"weibo\", \"id\": "));
        // a routine citizen message raises no alert, and still opens its case
        raw.add(
                record(
                        Topics.RAW_MESSAGES,
                        raw.size(),
                        Json.toString(
                                Map.of(
                                        "channel", "12345",
                                        "id", "m1",
                                        "body", "咨询一下，新生入学需要什么材料？",
                                        "submitted_at", DAY.toString()))));
        List<RawRecord> commands = List.of(record(Topics.RESPONSES, 0, "签收"));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        PiiKeys keys = new PiiKeys(new byte[32]);
        new HuixiangJob(
                        source(raw),
                        source(commands),
                        new HuixiangJob.Sinks(
                                new Collecting<>("docs"),
                                new Collecting<>("alert-index"),
                                new Collecting<>("alert-topic"),
                                new Collecting<>("cases"),
                                new Collecting<>("case-topic"),
                                new Collecting<>("dead")),
                        SeedLoader.loadDefault(),
                        keys.parser(Clock.systemUTC()),
                        new HuixiangJob.Settings(
                                EventTime.REPLAY,
                                Duration.ofDays(7),
                                AnalysisSettings.none(),
                                NotificationSettings.none(),
                                DAY.plus(Duration.ofHours(1))))
                .build(env);
        env.execute("huixiang, in memory");

        List<AnalyzedDocument> docs = collected("docs");
        List<Alert> alerts = collected("alert-index");
        List<DeadLetter> dead = collected("dead");
        assertThat(docs)
                .extracting(d -> d.document().sourceId())
                .containsExactlyInAnyOrder("local", "away", "chat", "m1");
        List<CitizenCase> cases = collected("cases");
        assertThat(collected("case-topic")).hasSameSizeAs(cases);
        assertThat(cases)
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.id())
                                    .isEqualTo(
                                            CitizenCase.idOf(
                                                    DocumentIds.documentId("12345", "m1")));
                            assertThat(c.appeal().type()).isEqualTo(AppealType.INQUIRY);
                            assertThat(c.leadUnit()).isNotBlank();
                            assertThat(c.deadlines().respond()).isAfter(c.openedAt());
                        });
        assertThat(alerts)
                .extracting(Alert::id)
                .containsOnly(AlertIds.forEvent(DocumentIds.documentId("weibo", "local")));
        assertThat(alerts).allMatch(a -> a.level() == RiskLevel.IV);
        assertThat(collected("alert-topic")).hasSameSizeAs(alerts);
        assertThat(dead)
                .extracting(d -> d.stage() + ":" + d.reason())
                .containsExactlyInAnyOrder("ingest:malformed_json", "alert:malformed_command");
        // 7 records in = 4 documents + 2 dead letters + 1 duplicate dropped
        assertThat(docs.size() + dead.size() + 1).isEqualTo(raw.size() + commands.size());
    }

    private static String post(String id, String text) {
        return Json.toString(
                Map.of("source", "weibo", "id", id, "text", text, "published_at", DAY.toString()));
    }

    private static RawRecord record(String topic, int offset, String value) {
        return new RawRecord(
                new Origin(topic, 0, offset, DAY.plusSeconds(offset).toEpochMilli()),
                value.getBytes(StandardCharsets.UTF_8));
    }

    private static DataGeneratorSource<RawRecord> source(List<RawRecord> records) {
        List<RawRecord> copy = List.copyOf(records);
        return new DataGeneratorSource<>(
                i -> copy.get(i.intValue()), copy.size(), TypeInformation.of(RawRecord.class));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> collected(String sink) {
        return (List<T>)
                new ArrayList<>(COLLECTED.getOrDefault(sink, new ConcurrentLinkedQueue<>()));
    }

    /** A sink that keeps what it receives in {@link #COLLECTED} under its name. */
    private record Collecting<T>(String name) implements Sink<T> {
        @Override
        public SinkWriter<T> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                @Override
                public void write(T element, Context context) {
                    COLLECTED
                            .computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>())
                            .add(element);
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }
}
