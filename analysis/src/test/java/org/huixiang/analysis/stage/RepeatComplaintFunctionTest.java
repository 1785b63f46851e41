package org.huixiang.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Contact;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.Jurisdiction;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Routing;
import org.huixiang.common.model.Sentiment;
import org.junit.jupiter.api.Test;

class RepeatComplaintFunctionTest {

    static final Instant DAY0 = Instant.parse("2026-11-01T02:00:00Z");

    static AnalyzedDocument message(String id, String citizen, int day) {
        Instant at = DAY0.plus(Duration.ofDays(day));
        Document d =
                TestDocuments.document(
                        id,
                        "12345",
                        "又停水了",
                        at,
                        citizen == null ? null : new Contact("王*", "138****5678", citizen));
        Analysis a =
                new Analysis(
                        List.of("停水"),
                        List.of(),
                        List.of(),
                        new Routing("县水利局", List.of(), List.of(), false),
                        null,
                        new Jurisdiction(JurisdictionScope.LOCAL, List.of("12345"), List.of()),
                        new Content(ContentLabel.APPEAL, List.of()),
                        new Sentiment(-0.3, Sentiment.Label.NEGATIVE, List.of()),
                        new Risk(0.3, RiskLevel.IV, List.of("负面情绪"), List.of()),
                        "0000000000000000",
                        null);
        return new AnalyzedDocument(d, a);
    }

    @Test
    void aCitizenWritingAgainWithinTheWindowRaisesTheRisk() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, AnalyzedDocument, AnalyzedDocument> h =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(
                                new RepeatComplaintFunction(Duration.ofDays(30))),
                        RepeatComplaintFunction::key,
                        Types.STRING)) {
            h.setup(
                    EdgeTypeInfo.of(AnalyzedDocument.class)
                            .createSerializer(new SerializerConfigImpl()));
            h.open();
            h.processElement(new StreamRecord<>(message("m1", "c1", 0)));
            h.processElement(new StreamRecord<>(message("m2", "c1", 3)));
            h.processElement(new StreamRecord<>(message("m3", "c1", 9)));
            h.processElement(new StreamRecord<>(message("m4", "c1", 50)));
            h.processElement(new StreamRecord<>(message("m5", "c2", 9)));
            h.processElement(new StreamRecord<>(message("p1", null, 9)));

            List<Risk> risks =
                    h.extractOutputValues().stream().map(d -> d.analysis().risk()).toList();
            assertThat(risks.get(0).score()).isEqualTo(0.3);
            assertThat(risks.get(1).score()).isEqualTo(0.4);
            assertThat(risks.get(1).level())
                    .as("a repeated complaint comes first within its level, not at a graver one")
                    .isEqualTo(RiskLevel.IV);
            assertThat(risks.get(1).reasons()).anyMatch(r -> r.contains("第 2 次反映"));
            assertThat(risks.get(2).score()).isEqualTo(0.5);
            assertThat(risks.get(3).score())
                    .as("40 days after the last, outside the window")
                    .isEqualTo(0.3);
            assertThat(risks.get(4).score()).as("another citizen").isEqualTo(0.3);
            assertThat(risks.get(5).score()).as("a document without a citizen").isEqualTo(0.3);
        }
    }
}
