package org.huixiang.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.T0;
import static org.huixiang.alerting.TestDocuments.doc;

import java.time.Duration;
import java.time.Instant;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.ResponseAction;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.junit.jupiter.api.Test;

class DeadlineWatchTest {

    static final Seeds SEEDS = SeedLoader.loadDefault();
    final AlertUpdates updates = new AlertUpdates(SEEDS);
    final DeadlineWatch watch = new DeadlineWatch(SEEDS.response(), updates.growth().horizon());
    final ResponseCommands commands = new ResponseCommands(SEEDS);

    // level III on weibo: acknowledge within 2 h, respond within 48 h; reminders at 80 %
    final AlertCase opened = updates.onDocument(null, "A1", doc("d1").build()).next();

    static Instant at(Duration d) {
        return T0.plus(d);
    }

    @Test
    void wakeUpsAreTheRemindersAndDeadlinesStillOwed() {
        assertThat(watch.wakeUps(opened))
                .containsExactly(
                        at(Duration.ofMinutes(96)),
                        at(Duration.ofHours(2)),
                        at(Duration.ofMinutes(48 * 60 * 8 / 10)),
                        at(Duration.ofHours(48)));
    }

    @Test
    void nothingHappensBeforeTheFirstReminder() {
        Outcome out = watch.onTime(opened, at(Duration.ofMinutes(95)));
        assertThat(out.revisions()).isEmpty();
        assertThat(out.next()).isEqualTo(opened);
    }

    @Test
    void aReminderThenOverdueWithAnEscalationToTheResponseTeam() {
        Outcome reminded = watch.onTime(opened, at(Duration.ofMinutes(96)));
        Alert r = reminded.revisions().get(0);
        assertThat(r.progress().acknowledgeReminded()).isTrue();
        assertThat(r.history().get(1).action()).isEqualTo("reminder");
        assertThat(watch.wakeUps(reminded.next())).doesNotContain(at(Duration.ofMinutes(96)));

        Outcome overdue = watch.onTime(reminded.next(), at(Duration.ofHours(2)));
        assertThat(overdue.revisions()).hasSize(2);
        Alert flagged = overdue.revisions().get(0);
        Alert escalation = overdue.revisions().get(1);
        assertThat(flagged.progress().acknowledgeOverdue()).isTrue();
        assertThat(flagged.progress().respondOverdue()).isFalse();
        assertThat(flagged.state()).isEqualTo(AlertState.OPEN);
        assertThat(escalation.kind()).isEqualTo(AlertKind.OVERDUE);
        assertThat(escalation.id()).isEqualTo("A1~acknowledge");
        assertThat(AlertIds.key(escalation.id())).isEqualTo("A1");
        assertThat(escalation.parentId()).isEqualTo("A1");
        assertThat(escalation.leadUnit()).isEqualTo("县政府办公室");
        assertThat(escalation.responsibleUnits()).containsExactly("县人力资源社会保障局");
        assertThat(escalation.openedAt()).isEqualTo(at(Duration.ofHours(2)));
        assertThat(overdue.next().escalations()).containsExactly(escalation);
        assertThat(watch.wakeUps(overdue.next())).doesNotContain(at(Duration.ofHours(2)));
    }

    @Test
    void respondingInTimeCancelsEveryDeadlineAndClosesOpenEscalations() {
        AlertCase overdue = watch.onTime(opened, at(Duration.ofHours(3))).next();
        assertThat(overdue.escalations()).hasSize(1);
        Outcome responded =
                commands.apply(
                        overdue,
                        new ResponseCommand(
                                "c1",
                                "A1",
                                "县人力资源社会保障局",
                                "王五",
                                ResponseAction.RESPOND,
                                "已约谈企业",
                                "https://gov.example/r/1",
                                null,
                                at(Duration.ofHours(4))));
        assertThat(responded.revisions()).hasSize(2);
        assertThat(responded.revisions().get(1).state()).isEqualTo(AlertState.CLOSED);
        assertThat(watch.wakeUps(responded.next())).isEmpty();
        assertThat(watch.onTime(responded.next(), at(Duration.ofHours(49))).revisions()).isEmpty();
    }

    @Test
    void missingBothDeadlinesAtOnceFlagsBothInOrder() {
        Outcome late = watch.onTime(opened, at(Duration.ofHours(50)));
        assertThat(late.revisions())
                .extracting(Alert::id)
                .containsExactly("A1", "A1~acknowledge", "A1", "A1~respond");
        Alert last = late.next().alert();
        assertThat(last.progress().acknowledgeOverdue()).isTrue();
        assertThat(last.progress().respondOverdue()).isTrue();
        assertThat(last.revision()).isEqualTo(3);
    }

    @Test
    void aClosedCaseIsForgottenAfterTheRetention() {
        AlertCase closed =
                commands.apply(
                                opened,
                                new ResponseCommand(
                                        "c1",
                                        "A1",
                                        "县政府办公室",
                                        "李四",
                                        ResponseAction.CLOSE,
                                        "误报",
                                        null,
                                        null,
                                        at(Duration.ofHours(1))))
                        .next();
        Instant forget = at(Duration.ofHours(1)).plus(SEEDS.response().retention());
        assertThat(watch.wakeUps(closed)).containsExactly(forget);
        assertThat(watch.onTime(closed, forget.minusSeconds(1)).next()).isEqualTo(closed);
        assertThat(watch.onTime(closed, forget).next()).isNull();
    }

    @Test
    void aCaseWithoutAlertIsForgottenWhenItsDocumentsAreTooOldToGrow() {
        AlertCase quiet =
                updates.onDocument(
                                null,
                                "A2",
                                doc("q").offTopic()
                                        .content(org.huixiang.common.model.ContentLabel.ROUTINE)
                                        .level(org.huixiang.common.model.RiskLevel.IV)
                                        .build())
                        .next();
        assertThat(quiet.alert()).isNull();
        assertThat(watch.wakeUps(quiet)).containsExactly(T0.plus(Duration.ofHours(1)));
        assertThat(watch.onTime(quiet, T0.plus(Duration.ofHours(1))).next()).isNull();
    }
}
