package org.huixiang.alerting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Routing;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.TermHit;
import org.huixiang.common.model.TextSignals;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

class DocumentAlertsTest {

    static final Instant INGESTED = Instant.parse("2026-11-20T02:00:00Z");
    final DocumentAlerts alerts = new DocumentAlerts(SeedLoader.loadDefault());

    static AnalyzedDocument analyzed(
            String id, RiskLevel level, Sentiment.Label label, boolean onTopic) {
        return analyzed(id, level, label, onTopic, "weibo", "庆符镇工地拖欠工资半年，农民工讨薪无门");
    }

    static AnalyzedDocument analyzed(
            String id,
            RiskLevel level,
            Sentiment.Label label,
            boolean onTopic,
            String source,
            String text) {
        Document d =
                new Document(
                        id,
                        DocumentKind.POST,
                        source,
                        id,
                        "https://weibo.example/" + id,
                        null,
                        text,
                        Instant.parse("2026-11-20T01:00:00Z"),
                        INGESTED,
                        null,
                        Engagement.NONE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "h",
                        List.of(),
                        TextSignals.NONE,
                        null);
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
                        new Sentiment(-0.6, label, List.of()),
                        new Risk(0.5, level, List.of("负面情绪")),
                        "0000000000000000",
                        null);
        return new AnalyzedDocument(d, a);
    }

    @Test
    void negativeDocumentOnATopicRaisesAnAlertRoutedToItsUnitsWithDeadlines() {
        Optional<Alert> raised =
                alerts.evaluate(analyzed("d1", RiskLevel.III, Sentiment.Label.NEGATIVE, true));
        assertThat(raised).isPresent();
        Alert alert = raised.get();
        assertThat(alert.revision()).isEqualTo(1);
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.leadUnit()).isEqualTo("县人力资源社会保障局");
        assertThat(alert.responsibleUnits()).containsExactly("庆符镇人民政府");
        assertThat(alert.matchedTerms()).containsExactly("拖欠工资", "讨薪");
        assertThat(alert.why().get(0)).contains("negative-on-topic");
        assertThat(alert.openedAt()).isEqualTo(INGESTED);
        assertThat(alert.deadlines().acknowledge()).isEqualTo(INGESTED.plus(Duration.ofHours(2)));
        assertThat(alert.deadlines().respond()).isEqualTo(INGESTED.plus(Duration.ofHours(48)));
        assertThat(alert.deadlines().authoritativeRelease()).isNull();
        assertThat(alert.documents())
                .singleElement()
                .extracting("url")
                .isEqualTo("https://weibo.example/d1");
    }

    @Test
    void severeRiskAlertsEvenWithoutTopicAndCarriesTheReleaseDeadlines() {
        Alert alert =
                alerts.evaluate(analyzed("d2", RiskLevel.II, Sentiment.Label.NEUTRAL, false))
                        .orElseThrow();
        assertThat(alert.why().get(0)).contains("severe-risk");
        assertThat(alert.deadlines().authoritativeRelease())
                .isEqualTo(INGESTED.plus(Duration.ofHours(5)));
        assertThat(alert.deadlines().pressConference())
                .isEqualTo(INGESTED.plus(Duration.ofHours(24)));
    }

    @Test
    void noAlertForLowRiskPositiveOrOffTopicDocuments() {
        assertThat(alerts.evaluate(analyzed("d3", RiskLevel.IV, Sentiment.Label.NEGATIVE, true)))
                .isEmpty();
        assertThat(alerts.evaluate(analyzed("d4", RiskLevel.III, Sentiment.Label.POSITIVE, true)))
                .isEmpty();
        assertThat(alerts.evaluate(analyzed("d5", RiskLevel.III, Sentiment.Label.NEGATIVE, false)))
                .isEmpty();
    }

    @Test
    void watchListWordsAlertAtAnyLevelUnlessExcluded() {
        Alert alert =
                alerts.evaluate(
                                analyzed(
                                        "w1",
                                        RiskLevel.IV,
                                        Sentiment.Label.NEUTRAL,
                                        false,
                                        "weibo",
                                        "几十个业主在县政府门口拉横幅"))
                        .orElseThrow();
        assertThat(alert.why().get(0)).contains("mass-incident-watch");
        assertThat(alert.why()).contains("命中关注词「拉横幅」");
        assertThat(
                        alerts.evaluate(
                                analyzed(
                                        "w2",
                                        RiskLevel.IV,
                                        Sentiment.Label.NEUTRAL,
                                        false,
                                        "weibo",
                                        "消防应急演练：模拟人员聚集疏散")))
                .isEmpty();
    }

    @Test
    void aMessageFromAChannelWithItsOwnRulesGetsTheStricterDeadlines() {
        Alert alert =
                alerts.evaluate(
                                analyzed(
                                        "m1",
                                        RiskLevel.III,
                                        Sentiment.Label.NEGATIVE,
                                        true,
                                        "12345",
                                        "工地拖欠工资"))
                        .orElseThrow();
        assertThat(alert.deadlines().acknowledge()).isEqualTo(INGESTED.plus(Duration.ofHours(1)));
        assertThat(alert.deadlines().respond()).isEqualTo(INGESTED.plus(Duration.ofHours(48)));
    }

    @Test
    void theSameDocumentAlwaysGivesTheSameAlertId() {
        Alert once =
                alerts.evaluate(analyzed("d6", RiskLevel.III, Sentiment.Label.NEGATIVE, true))
                        .orElseThrow();
        Alert again =
                alerts.evaluate(analyzed("d6", RiskLevel.III, Sentiment.Label.NEGATIVE, true))
                        .orElseThrow();
        assertThat(again.id()).isEqualTo(once.id());
        assertThat(
                        alerts.evaluate(
                                        analyzed(
                                                "d7",
                                                RiskLevel.III,
                                                Sentiment.Label.NEGATIVE,
                                                true))
                                .orElseThrow()
                                .id())
                .isNotEqualTo(once.id());
    }
}
