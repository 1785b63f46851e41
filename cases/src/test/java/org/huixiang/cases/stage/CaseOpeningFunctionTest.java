package org.huixiang.cases.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.junit.jupiter.api.Test;

/** The case stage's function in Flink's harness: a case per message, none per post, no loss. */
class CaseOpeningFunctionTest {

    private static final Seeds SEEDS = SeedLoader.loadDefault();
    private static final CountyAnalyzer ANALYZER = new CountyAnalyzer(SEEDS);

    private static AnalyzedDocument analyzed(String id, DocumentKind kind, Instant at) {
        Document d =
                Document.builder(id, kind, kind == DocumentKind.POST ? "weibo" : "12345", id)
                        .text("我要投诉庆符镇的路灯坏了一个月没人修")
                        .at(at)
                        .origin(new Origin("huixiang.raw.messages", 0, 7, at.toEpochMilli()))
                        .build();
        return new AnalyzedDocument(d, ANALYZER.analyze(d));
    }

    @Test
    void everyMessageOpensItsCaseAndAnUncountableOneIsADeadLetter() throws Exception {
        Instant spring = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, CountyTime.ZONE).toInstant();
        int next =
                SEEDS.calendar().years().stream().mapToInt(Integer::intValue).max().orElseThrow()
                        + 1;
        Instant lastDays =
                ZonedDateTime.of(next - 1, 12, 30, 9, 0, 0, 0, CountyTime.ZONE).toInstant();
        try (OneInputStreamOperatorTestHarness<AnalyzedDocument, CitizenCase> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new CaseOpeningFunction(SEEDS, CaseStage.DEAD_LETTERS))) {
            harness.processElement(analyzed("m1", DocumentKind.MESSAGE, spring), 0);
            harness.processElement(analyzed("p1", DocumentKind.POST, spring), 0);
            harness.processElement(analyzed("m2", DocumentKind.MESSAGE, lastDays), 0);

            assertThat(harness.extractOutputValues())
                    .extracting(CitizenCase::documentId)
                    .containsExactly("m1");
            assertThat(harness.getSideOutput(CaseStage.DEAD_LETTERS))
                    .singleElement()
                    .satisfies(
                            record -> {
                                DeadLetter letter = record.getValue();
                                assertThat(letter.reason()).isEqualTo("calendar_missing");
                                assertThat(letter.stage()).isEqualTo("cases");
                                assertThat(letter.detail())
                                        .contains("seeds/calendar/" + next + ".yaml");
                                assertThat(letter.origin().offset()).isEqualTo(7);
                            });
        }
    }
}
