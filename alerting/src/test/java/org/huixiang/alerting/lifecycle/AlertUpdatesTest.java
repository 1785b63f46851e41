package org.huixiang.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.T0;
import static org.huixiang.alerting.TestDocuments.doc;

import java.time.Duration;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

class AlertUpdatesTest {

    final AlertUpdates updates = new AlertUpdates(SeedLoader.loadDefault());

    Outcome first(AnalyzedDocument d) {
        return updates.onDocument(null, AlertSignal.of(d).alertId(), d);
    }

    @Test
    void negativeDocumentOnATopicOpensAnAlertRoutedToItsUnitsWithDeadlines() {
        Outcome out = first(doc("d1").build());
        Alert alert = out.revisions().get(0);
        assertThat(alert.revision()).isEqualTo(1);
        assertThat(alert.kind()).isEqualTo(AlertKind.DOCUMENT);
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.leadUnit()).isEqualTo("县人力资源社会保障局");
        assertThat(alert.responsibleUnits()).containsExactly("庆符镇人民政府");
        assertThat(alert.matchedTerms()).containsExactly("拖欠工资", "讨薪");
        assertThat(alert.rulesFired()).containsExactly("negative-on-topic");
        assertThat(alert.why().get(0)).contains("negative-on-topic");
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.deadlines().acknowledge()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(alert.deadlines().respond()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(alert.deadlines().authoritativeRelease()).isNull();
        assertThat(alert.documents())
                .singleElement()
                .extracting("url")
                .isEqualTo("https://weibo.example/d1");
        assertThat(alert.sentimentMix().negative()).isEqualTo(1);
        assertThat(alert.history()).singleElement().extracting("action").isEqualTo("opened");
    }

    @Test
    void severeRiskAlertsWithoutTopicAndCarriesTheReleaseDeadlines() {
        Alert alert =
                first(
                                doc("d2")
                                        .level(RiskLevel.II)
                                        .sentiment(Sentiment.Label.NEUTRAL)
                                        .offTopic()
                                        .build())
                        .revisions()
                        .get(0);
        assertThat(alert.rulesFired()).containsExactly("severe-risk");
        assertThat(alert.deadlines().authoritativeRelease())
                .isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(alert.deadlines().pressConference()).isEqualTo(T0.plus(Duration.ofHours(24)));
    }

    @Test
    void lowRiskPositiveOrOffTopicDocumentsOnlyCount() {
        for (AnalyzedDocument d :
                new AnalyzedDocument[] {
                    doc("d3").level(RiskLevel.IV).build(),
                    doc("d4").sentiment(Sentiment.Label.POSITIVE).build(),
                    doc("d5").offTopic().build()
                }) {
            Outcome out = first(d);
            assertThat(out.revisions()).as(d.document().id()).isEmpty();
            assertThat(out.next().alert()).isNull();
            assertThat(out.next().tally().count()).isEqualTo(1);
        }
    }

    @Test
    void keywordRulesNameTheWordsAndExclusionsHold() {
        Alert alert =
                first(
                                doc("w1")
                                        .level(RiskLevel.IV)
                                        .sentiment(Sentiment.Label.NEUTRAL)
                                        .offTopic()
                                        .text("几十个业主在县政府门口拉横幅")
                                        .build())
                        .revisions()
                        .get(0);
        assertThat(alert.rulesFired()).containsExactly("mass-incident-watch");
        assertThat(alert.why().get(0)).contains("命中「拉横幅」");
        assertThat(
                        first(
                                        doc("w2")
                                                .level(RiskLevel.IV)
                                                .offTopic()
                                                .text("消防应急演练：模拟人员聚集疏散")
                                                .build())
                                .revisions())
                .isEmpty();
    }

    @Test
    void keywordGroupsNeedAWordOfEveryGroup() {
        assertThat(
                        first(
                                        doc("s1")
                                                .level(RiskLevel.IV)
                                                .offTopic()
                                                .text("县城某中学发生校园欺凌，学生受伤")
                                                .build())
                                .revisions())
                .singleElement()
                .extracting(Alert::rulesFired)
                .asList()
                .containsExactly("school-safety");
        assertThat(
                        first(doc("s2").level(RiskLevel.IV).offTopic().text("学生放学路上很开心").build())
                                .revisions())
                .isEmpty();
    }

    @Test
    void watchListRaisesAtItsLevelWhateverTheRisk() {
        Alert alert =
                first(
                                doc("x1")
                                        .level(RiskLevel.IV)
                                        .sentiment(Sentiment.Label.NEUTRAL)
                                        .offTopic()
                                        .text("文江镇一处民房坍塌")
                                        .build())
                        .revisions()
                        .get(0);
        assertThat(alert.rulesFired()).containsExactly("watch-list");
        assertThat(alert.level()).isEqualTo(RiskLevel.IV);
    }

    @Test
    void aMessageFromAChannelWithItsOwnRulesGetsTheStricterDeadlines() {
        Alert alert = first(doc("m1").source("12345").build()).revisions().get(0);
        assertThat(alert.deadlines().acknowledge()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void laterDocumentsOfTheEventUpdateTheOneAlertAndRaiseItsLevel() {
        AnalyzedDocument d1 = doc("e1").event("E").build();
        Outcome out = first(d1);
        String id = out.revisions().get(0).id();
        out =
                updates.onDocument(
                        out.next(),
                        id,
                        doc("e2")
                                .event("E")
                                .at(T0.plusSeconds(60))
                                .offTopic()
                                .level(RiskLevel.IV)
                                .build());
        Alert second = out.revisions().get(0);
        assertThat(second.id()).isEqualTo(id);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.documentCount()).isEqualTo(2);
        assertThat(second.similarCount()).isEqualTo(1);
        assertThat(second.level()).isEqualTo(RiskLevel.III);

        out =
                updates.onDocument(
                        out.next(),
                        id,
                        doc("e3").event("E").at(T0.plusSeconds(120)).level(RiskLevel.II).build());
        Alert third = out.revisions().get(0);
        assertThat(third.level()).isEqualTo(RiskLevel.II);
        assertThat(third.rulesFired()).containsExactly("negative-on-topic", "severe-risk");
        assertThat(third.deadlines().acknowledge()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(third.deadlines().authoritativeRelease())
                .isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(third.history()).extracting("action").containsExactly("opened", "raised");
        assertThat(third.sentimentMix().negative()).isEqualTo(3);
    }

    @Test
    void anEventGrowingFastRaisesAnEventAlertThoughNoSinglePostIsAlarming() {
        AlertCase c = null;
        String id = AlertIds.forEvent("G");
        Outcome out = null;
        for (int i = 0; i < 5; i++) {
            out =
                    updates.onDocument(
                            c,
                            id,
                            doc("g" + i)
                                    .event("G")
                                    .at(T0.plusSeconds(600L * i))
                                    .level(RiskLevel.IV)
                                    .sentiment(Sentiment.Label.NEUTRAL)
                                    .build());
            c = out.next();
            if (i < 4) {
                assertThat(out.revisions()).as("after %d posts", i + 1).isEmpty();
            }
        }
        Alert alert = out.revisions().get(0);
        assertThat(alert.kind()).isEqualTo(AlertKind.EVENT);
        assertThat(alert.rulesFired()).containsExactly("fast-growing-event");
        assertThat(alert.level()).isEqualTo(RiskLevel.III);
        assertThat(alert.documentCount()).isEqualTo(5);
        assertThat(alert.why().get(0)).contains("1小时内 5 条");
    }

    @Test
    void theSameEventAlwaysGivesTheSameAlertId() {
        assertThat(AlertSignal.of(doc("a").event("E1").build()).alertId())
                .isEqualTo(AlertSignal.of(doc("b").event("E1").build()).alertId())
                .isNotEqualTo(AlertSignal.of(doc("c").event("E2").build()).alertId());
    }
}
