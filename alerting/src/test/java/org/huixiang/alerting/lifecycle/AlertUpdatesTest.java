package org.huixiang.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.T0;
import static org.huixiang.alerting.TestDocuments.doc;

import java.time.Duration;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.ResponseAction;
import org.huixiang.common.model.ResponseCommand;
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
    void aLocalAppealOpensAnAlertRoutedToItsUnitsWithDeadlines() {
        Outcome out = first(doc("d1").build());
        Alert alert = out.revisions().get(0);
        assertThat(alert.revision()).isEqualTo(1);
        assertThat(alert.kind()).isEqualTo(AlertKind.DOCUMENT);
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.leadUnit()).isEqualTo("县人力资源社会保障局");
        assertThat(alert.responsibleUnits()).containsExactly("庆符镇人民政府");
        assertThat(alert.matchedTerms()).containsExactly("拖欠工资", "讨薪");
        assertThat(alert.rulesFired()).containsExactly("local-appeal");
        assertThat(alert.why().get(0)).contains("local-appeal");
        assertThat(alert.why()).anyMatch(w -> w.startsWith("属地：本地"));
        assertThat(alert.why()).anyMatch(w -> w.startsWith("内容：诉求"));
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
    void theFirstSourceFollowsTheEventToItsEarliestPublishedDocument() {
        AnalyzedDocument repost = doc("d1").event("E1").source("douyin").build();
        Outcome opened = first(repost);
        assertThat(opened.revisions().get(0).firstSource()).isEqualTo("douyin");
        // the event index found the original, published earlier on weibo: 首发 moves there
        AnalyzedDocument original =
                doc("d2").event("E1").source("weibo").at(T0.plusSeconds(60)).build();
        Outcome joined =
                updates.onDocument(opened.next(), AlertSignal.of(repost).alertId(), original);
        assertThat(joined.next().tally().firstSource()).isEqualTo("weibo");
    }

    @Test
    void severeRiskAlertsWithoutTopicAndCarriesTheReleaseDeadlines() {
        Alert alert =
                first(
                                doc("d2")
                                        .level(RiskLevel.II)
                                        .sentiment(Sentiment.Label.NEUTRAL)
                                        .offTopic()
                                        .content(ContentLabel.INCIDENT)
                                        .build())
                        .revisions()
                        .get(0);
        assertThat(alert.rulesFired()).containsExactly("severe-risk", "local-incident");
        assertThat(alert.level()).isEqualTo(RiskLevel.II);
        assertThat(alert.deadlines().authoritativeRelease())
                .isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(alert.deadlines().pressConference()).isEqualTo(T0.plus(Duration.ofHours(24)));
    }

    @Test
    void documentsThatAreNoAppealOrIncidentOnlyCount() {
        for (AnalyzedDocument d :
                new AnalyzedDocument[] {
                    doc("d3").level(RiskLevel.IV).content(ContentLabel.ROUTINE).build(),
                    doc("d4")
                            .sentiment(Sentiment.Label.POSITIVE)
                            .content(ContentLabel.ROUTINE)
                            .build(),
                    doc("d5").offTopic().content(ContentLabel.ROUTINE).build()
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
        assertThat(alert.rulesFired()).containsExactly("mass-incident-watch", "local-appeal");
        assertThat(alert.why().get(0)).contains("命中「拉横幅」");
        assertThat(
                        first(
                                        doc("w2")
                                                .level(RiskLevel.IV)
                                                .offTopic()
                                                .content(ContentLabel.ROUTINE)
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
                .containsExactly("school-safety", "local-appeal");
        assertThat(
                        first(
                                        doc("s2")
                                                .level(RiskLevel.IV)
                                                .offTopic()
                                                .content(ContentLabel.ROUTINE)
                                                .text("学生放学路上很开心")
                                                .build())
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
                                        .content(ContentLabel.INCIDENT)
                                        .build())
                        .revisions()
                        .get(0);
        assertThat(alert.rulesFired()).containsExactly("local-incident", "watch-list");
        assertThat(alert.level()).isEqualTo(RiskLevel.IV);
    }

    @Test
    void aMessageFromAChannelWithItsOwnRulesGetsTheStricterDeadlines() {
        Alert alert = first(doc("m1").source("12345").build()).revisions().get(0);
        assertThat(alert.deadlines().acknowledge()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void laterDocumentsOfTheEventJoinTheOneAlertAndRaiseItsLevel() {
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
                                .content(ContentLabel.ROUTINE)
                                .build());
        // it only joins: held in the case's alert, not published yet
        assertThat(out.revisions()).isEmpty();
        assertThat(out.next().held()).isEqualTo(T0.plusSeconds(60));
        Alert held = out.next().alert();
        assertThat(held.id()).isEqualTo(id);
        assertThat(held.revision()).isEqualTo(1);
        assertThat(held.documentCount()).isEqualTo(2);
        assertThat(held.similarCount()).isEqualTo(1);
        assertThat(held.level()).isEqualTo(RiskLevel.III);

        out =
                updates.onDocument(
                        out.next(),
                        id,
                        doc("e3").event("E").at(T0.plusSeconds(120)).level(RiskLevel.II).build());
        // a higher level is published at once, with the held document
        Alert second = out.revisions().get(0);
        assertThat(out.next().held()).isNull();
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.documentCount()).isEqualTo(3);
        assertThat(second.level()).isEqualTo(RiskLevel.II);
        assertThat(second.rulesFired()).containsExactly("local-appeal", "severe-risk");
        assertThat(second.deadlines().acknowledge()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(second.deadlines().authoritativeRelease())
                .isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(second.history()).extracting("action").containsExactly("opened", "raised");
        assertThat(second.sentimentMix().negative()).isEqualTo(3);
    }

    @Test
    void heldDocumentsAreReleasedAsOneRevisionDatedByTheLatest() {
        Outcome out = first(doc("h1").event("H").build());
        String id = out.revisions().get(0).id();
        AlertCase c = out.next();
        for (int i = 1; i <= 3; i++) {
            out =
                    updates.onDocument(
                            c, id, doc("h" + (i + 1)).event("H").at(T0.plusSeconds(i)).build());
            assertThat(out.revisions()).as("document %d", i + 1).isEmpty();
            c = out.next();
        }
        assertThat(c.held())
                .as("the hold starts with the first held document")
                .isEqualTo(T0.plusSeconds(1));

        Outcome released = updates.release(c);
        Alert revision = released.revisions().get(0);
        assertThat(released.revisions()).hasSize(1);
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(revision.documentCount()).isEqualTo(4);
        assertThat(revision.documents()).extracting("id").containsExactly("h1", "h2", "h3", "h4");
        assertThat(revision.updatedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(revision.history()).extracting("action").containsExactly("opened");
        assertThat(released.next().held()).isNull();
        assertThat(updates.release(released.next()).revisions()).isEmpty();
        assertThat(updates.release(null).revisions()).isEmpty();
    }

    @Test
    void aResponseWhileDocumentsAreHeldPublishesThemWithIt() {
        Outcome out = first(doc("r1").event("R").build());
        String id = out.revisions().get(0).id();
        AlertCase c =
                updates.onDocument(
                                out.next(), id, doc("r2").event("R").at(T0.plusSeconds(5)).build())
                        .next();
        Outcome ack =
                new ResponseCommands(SeedLoader.loadDefault())
                        .apply(
                                c,
                                new ResponseCommand(
                                        "c1",
                                        id,
                                        "县人力资源社会保障局",
                                        "张三",
                                        ResponseAction.ACKNOWLEDGE,
                                        null,
                                        null,
                                        null,
                                        T0.plusSeconds(10)));
        assertThat(ack.revisions()).singleElement().extracting("documentCount").isEqualTo(2);
        assertThat(ack.revisions().get(0).revision()).isEqualTo(2);
        assertThat(ack.next().held()).isNull();
    }

    @Test
    void anEventGrowingFastRaisesItsAlertToTheEventRulesLevel() {
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
            if (i > 0 && i < 4) {
                assertThat(out.revisions()).as("after %d posts: they only join", i + 1).isEmpty();
            }
        }
        assertThat(c.alert().kind()).isEqualTo(AlertKind.DOCUMENT);
        Alert raised = out.revisions().get(0);
        assertThat(raised.rulesFired()).containsExactly("local-appeal", "fast-growing-event");
        assertThat(raised.level()).isEqualTo(RiskLevel.III);
        assertThat(raised.documentCount()).isEqualTo(5);
        assertThat(raised.why()).anyMatch(w -> w.contains("1小时内 5 条"));
    }

    @Test
    void anEventOfDocumentsNoRuleFiresOnOpensAnEventAlert() {
        AlertCase c = null;
        String id = AlertIds.forEvent("Q");
        Outcome out = null;
        for (int i = 0; i < 5; i++) {
            out =
                    updates.onDocument(
                            c,
                            id,
                            doc("q" + i)
                                    .event("Q")
                                    .at(T0.plusSeconds(600L * i))
                                    .level(RiskLevel.IV)
                                    .content(ContentLabel.ROUTINE)
                                    .build());
            c = out.next();
        }
        Alert alert = out.revisions().get(0);
        assertThat(alert.kind()).isEqualTo(AlertKind.EVENT);
        assertThat(alert.rulesFired()).containsExactly("fast-growing-event");
    }

    @Test
    void aDocumentSignalLeavesOutTokensAndKeywordsButKeepsWhatRulesRead() {
        AnalyzedDocument d = doc("d1").event("E1").build();
        AnalyzedDocument sent = AlertSignal.of(d).document();
        assertThat(d.analysis().tokens()).isNotEmpty();
        assertThat(sent.analysis().tokens()).isEmpty();
        assertThat(sent.analysis().keywords()).isEmpty();
        assertThat(sent.document()).isEqualTo(d.document());
        assertThat(sent.analysis().withoutTerms()).isEqualTo(d.analysis().withoutTerms());
        assertThat(first(sent).revisions()).isEqualTo(first(d).revisions());
    }

    @Test
    void theSameEventAlwaysGivesTheSameAlertId() {
        assertThat(AlertSignal.of(doc("a").event("E1").build()).alertId())
                .isEqualTo(AlertSignal.of(doc("b").event("E1").build()).alertId())
                .isNotEqualTo(AlertSignal.of(doc("c").event("E2").build()).alertId());
    }
}
