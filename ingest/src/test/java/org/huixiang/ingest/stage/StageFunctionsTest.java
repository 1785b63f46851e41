package org.huixiang.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.Origin;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.privacy.CitizenKeys;
import org.junit.jupiter.api.Test;

/** The ingest stage's Flink functions, driven by Flink's operator test harnesses. */
class StageFunctionsTest {

    static final RecordParser PARSER =
            new RecordParser(
                    new CitizenKeys("0123456789abcdef-test".getBytes(StandardCharsets.UTF_8)),
                    Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

    static RawRecord raw(String topic, long offset, String json) {
        return new RawRecord(
                new Origin(topic, 0, offset, 0), json.getBytes(StandardCharsets.UTF_8));
    }

    static final String POST =
            "{\"source\":\"weibo\",\"id\":\"1\",\"text\":\"路灯坏了\",\"published_at\":\"2026-11-20T08:00:00+08:00\"}";
    static final String MESSAGE =
            "{\"channel\":\"12345\",\"id\":\"1\",\"body\":\"停水了\",\"submitted_at\":\"2026-11-20 08:00:00\"}";

    @Test
    void parseFunctionEmitsDocumentsByTopicAndDeadLettersBadRecordsWithTheirBytes()
            throws Exception {
        try (OneInputStreamOperatorTestHarness<RawRecord, Document> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new ParseFunction(PARSER, IngestStage.DEAD_LETTERS))) {
            harness.processElement(raw(Topics.RAW_POSTS, 1, POST), 0);
            harness.processElement(raw(Topics.RAW_MESSAGES, 2, MESSAGE), 0);
            harness.processElement(raw(Topics.RAW_POSTS, 3, "{broken"), 0);

            List<Document> docs = harness.extractOutputValues();
            assertThat(docs).extracting(d -> d.kind().name()).containsExactly("POST", "MESSAGE");
            var letters = harness.getSideOutput(IngestStage.DEAD_LETTERS);
            assertThat(letters).hasSize(1);
            DeadLetter letter = letters.peek().getValue();
            assertThat(letter.reason()).isEqualTo("malformed_json");
            assertThat(letter.origin().offset()).isEqualTo(3);
            assertThat(new String(letter.raw(), StandardCharsets.UTF_8)).isEqualTo("{broken");
        }
    }

    @Test
    void deduplicateDropsRepeatsOfAnIdAndCountsThem() throws Exception {
        DeduplicateFunction function = new DeduplicateFunction(Duration.ofDays(1));
        try (KeyedOneInputStreamOperatorTestHarness<String, Document, Document> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(function),
                        Document::id,
                        org.apache.flink.api.common.typeinfo.Types.STRING)) {
            harness.setup(
                    EdgeTypeInfo.of(Document.class)
                            .createSerializer(
                                    new org.apache.flink.api.common.serialization
                                            .SerializerConfigImpl()));
            harness.open();
            Document first = parse(POST);
            Document other = parse(MESSAGE);
            harness.processElement(new StreamRecord<>(first, 0));
            harness.processElement(new StreamRecord<>(first, 1));
            harness.processElement(new StreamRecord<>(other, 2));
            harness.processElement(new StreamRecord<>(first, 3));

            assertThat(harness.extractOutputValues())
                    .extracting(Document::id)
                    .containsExactly(first.id(), other.id());
            assertThat(
                            function.getRuntimeContext()
                                    .getAccumulator(DeduplicateFunction.DUPLICATES_ACCUMULATOR)
                                    .getLocalValue())
                    .isEqualTo(2L);
        }
    }

    private static Document parse(String json) {
        String topic = json.contains("channel") ? Topics.RAW_MESSAGES : Topics.RAW_POSTS;
        var outcome =
                PARSER.parse(
                        topic.equals(Topics.RAW_POSTS)
                                ? org.huixiang.common.model.DocumentKind.POST
                                : org.huixiang.common.model.DocumentKind.MESSAGE,
                        json.getBytes(StandardCharsets.UTF_8),
                        new Origin(topic, 0, 0, 0));
        return ((org.huixiang.ingest.parse.ParseOutcome.Parsed) outcome).document();
    }
}
