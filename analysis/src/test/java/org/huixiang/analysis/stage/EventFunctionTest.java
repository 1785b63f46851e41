package org.huixiang.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Document;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event step in a Flink operator harness, across a checkpoint and a restore. */
class EventFunctionTest {

    static CountyAnalyzer analyzer;
    static final String TEXT = "嘉乐镇几十名业主因为烂尾楼聚集在售楼部门口，要求开发商退还购房款，现场情绪激动，有人拉起横幅";

    @BeforeAll
    static void load() {
        analyzer = new CountyAnalyzer(SeedLoader.loadDefault());
    }

    static AnalyzedDocument doc(String id, String source, String text, int minutes) {
        Instant at = Instant.parse("2026-11-20T00:00:00Z").plusSeconds(60L * minutes);
        Document d = TestDocuments.document(id, source, text, at, null);
        return new AnalyzedDocument(d, analyzer.analyze(d));
    }

    static OneInputStreamOperatorTestHarness<AnalyzedDocument, AnalyzedDocument> harness()
            throws Exception {
        return new OneInputStreamOperatorTestHarness<>(
                new ProcessOperator<>(new EventFunction(Duration.ofHours(72))));
    }

    @Test
    void groupsNearDuplicatesAndKeepsTheIndexAcrossARestore() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement(doc("a", "weibo", TEXT, 0), 0);
            h.processElement(doc("b", "douyin", "转发：" + TEXT, 5), 0);
            List<AnalyzedDocument> out = h.extractOutputValues();
            assertThat(out.get(0).analysis().event().id()).isEqualTo("a");
            assertThat(out.get(1).analysis().event().id()).isEqualTo("a");
            assertThat(out.get(1).analysis().event().firstSource()).isEqualTo("weibo");
            assertThat(out.get(1).analysis().event().similarCount()).isEqualTo(1);
            snapshot = h.snapshot(1, 1);
        }
        try (var restored = harness()) {
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(doc("c", "wechat", TEXT + "！", 10), 0);
            restored.processElement(doc("d", "12345", "沙河镇的路灯坏了一个月没人修", 11), 0);
            List<AnalyzedDocument> out = restored.extractOutputValues();
            assertThat(out.get(0).analysis().event().id()).isEqualTo("a");
            assertThat(out.get(0).analysis().event().similarCount()).isEqualTo(2);
            assertThat(out.get(1).analysis().event().id()).isEqualTo("d");
        }
    }
}
