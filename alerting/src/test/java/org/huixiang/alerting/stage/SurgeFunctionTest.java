package org.huixiang.alerting.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.alerting.lifecycle.AlertSignal;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.model.AlertDocument;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

class SurgeFunctionTest {

    static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    static SurgeFunction.TopicDocument water(int i, Instant at) {
        return new SurgeFunction.TopicDocument(
                "water", "水利与供水", "沙河镇", new AlertDocument("d" + i, "12345", null, null, at), at);
    }

    @Test
    void eightComplaintsOfOneTopicInOneTownWithinAnHourSignalOneSurgeAndStateIsForgotten()
            throws Exception {
        try (var h =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(
                                new SurgeFunction(SeedLoader.loadDefault().rules().surges())),
                        SurgeFunction.TopicDocument::key,
                        Types.STRING)) {
            h.setup(
                    EdgeTypeInfo.of(AlertSignal.class)
                            .createSerializer(new SerializerConfigImpl()));
            h.open();
            for (int i = 0; i < 8; i++) {
                Instant at = T0.plus(Duration.ofMinutes(5L * i));
                h.processElement(water(i, at), at.toEpochMilli());
            }
            List<AlertSignal> out = new ArrayList<>();
            for (Object o : h.getOutput()) {
                if (o instanceof StreamRecord<?> r) {
                    out.add((AlertSignal) r.getValue());
                }
            }
            assertThat(out)
                    .singleElement()
                    .satisfies(
                            s -> {
                                assertThat(s.surge().count()).isEqualTo(8);
                                assertThat(s.surge().region()).isEqualTo("沙河镇");
                                assertThat(AlertIds.key(s.alertId())).startsWith("S");
                                assertThat(s.surge().why()).contains("topic-region-surge");
                            });
            assertThat(h.numKeyedStateEntries()).isEqualTo(1);
            // one clean-up timer for the key, following its newest bucket, not one per document
            assertThat(h.numEventTimeTimers()).isEqualTo(1);
            // forgotten once quiet for the baseline and its window (7 d + 1 h) after the newest
            // bucket (6-minute buckets: the last document, at 02:35, counts from 02:30)
            Instant forgetAt = Instant.parse("2026-11-27T03:30:00Z");
            h.processWatermark(new Watermark(forgetAt.toEpochMilli() - 1));
            assertThat(h.numKeyedStateEntries()).isEqualTo(1);
            h.processWatermark(new Watermark(forgetAt.toEpochMilli()));
            assertThat(h.numKeyedStateEntries()).isZero();
            assertThat(h.numEventTimeTimers()).isZero();
        }
    }
}
