package org.huixiang.alerting;

import java.time.Instant;
import java.util.List;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentEvent;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Jurisdiction;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Routing;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.TermHit;
import org.huixiang.common.model.TopicMatch;

/**
 * Analyzed documents written by hand for the alerting tests: a local appeal about wages owed in 庆符镇
 * by default.
 */
public final class TestDocuments {

    public static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private String id = "d1";
    private String event;
    private Instant at = T0;
    private RiskLevel level = RiskLevel.III;
    private Sentiment.Label label = Sentiment.Label.NEGATIVE;
    private boolean onTopic = true;
    private String source = "weibo";
    private String text = "庆符镇工地拖欠工资半年，农民工讨薪无门";
    private ContentLabel content = ContentLabel.APPEAL;

    public static TestDocuments doc(String id) {
        TestDocuments d = new TestDocuments();
        d.id = id;
        return d;
    }

    public TestDocuments event(String value) {
        event = value;
        return this;
    }

    public TestDocuments at(Instant value) {
        at = value;
        return this;
    }

    public TestDocuments level(RiskLevel value) {
        level = value;
        return this;
    }

    public TestDocuments sentiment(Sentiment.Label value) {
        label = value;
        return this;
    }

    public TestDocuments offTopic() {
        onTopic = false;
        return this;
    }

    public TestDocuments source(String value) {
        source = value;
        return this;
    }

    /** What kind of speech the document is: an appeal by default. */
    public TestDocuments content(ContentLabel value) {
        content = value;
        return this;
    }

    public TestDocuments text(String value) {
        text = value;
        return this;
    }

    public AnalyzedDocument build() {
        Document d =
                Document.builder(id, DocumentKind.POST, source, id)
                        .url("https://weibo.example/" + id)
                        .text(text)
                        .publishedAt(at.minusSeconds(600))
                        .ingestedAt(at)
                        .contentHash("h")
                        .build();
        List<TopicMatch> topics =
                onTopic
                        ? List.of(
                                new TopicMatch(
                                        "labor-rights",
                                        "劳动保障与欠薪",
                                        6,
                                        List.of(
                                                new TermHit("拖欠工资", 3, 1),
                                                new TermHit("讨薪", 3, 1))))
                        : List.of();
        Analysis a =
                new Analysis(
                        List.of("庆符镇", "拖欠工资"),
                        List.of(),
                        topics,
                        new Routing(
                                "县人力资源社会保障局",
                                List.of("庆符镇人民政府"),
                                List.of("主题「劳动保障与欠薪」→ 牵头单位 县人力资源社会保障局"),
                                !onTopic),
                        "庆符镇",
                        new Jurisdiction(JurisdictionScope.LOCAL, List.of("庆符镇"), List.of()),
                        new Content(content, List.of()),
                        new Sentiment(-0.6, label, List.of()),
                        new Risk(0.5, level, List.of("负面情绪"), List.of()),
                        "0000000000000000",
                        event == null ? null : new DocumentEvent(event, source, at, 0));
        return new AnalyzedDocument(d, a);
    }
}
