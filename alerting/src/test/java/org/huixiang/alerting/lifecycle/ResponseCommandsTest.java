package org.huixiang.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.T0;
import static org.huixiang.alerting.TestDocuments.doc;

import java.time.Duration;
import java.util.List;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.ResponseAction;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.junit.jupiter.api.Test;

class ResponseCommandsTest {

    static final Seeds SEEDS = SeedLoader.loadDefault();
    static final String LEAD = "县人力资源社会保障局";
    static final String TOWN = "庆符镇人民政府";
    static final String TEAM = "县政府办公室";

    final ResponseCommands commands = new ResponseCommands(SEEDS);
    final AlertCase opened =
            new AlertUpdates(SEEDS).onDocument(null, "A1", doc("d1").build()).next();

    static ResponseCommand command(String id, String unit, ResponseAction action, String text) {
        return new ResponseCommand(
                id, "A1", unit, "张三", action, text, null, null, T0.plus(Duration.ofMinutes(30)));
    }

    static ResponseCommand reassign(String id, List<String> to) {
        return new ResponseCommand(
                id,
                "A1",
                TEAM,
                "李四",
                ResponseAction.REASSIGN,
                "应由住建局办理",
                null,
                to,
                T0.plus(Duration.ofHours(1)));
    }

    @Test
    void acknowledgeThenRespondMovesTheStateAndRecordsWhoAndWhen() {
        Outcome ack = commands.apply(opened, command("c1", LEAD, ResponseAction.ACKNOWLEDGE, null));
        Alert a = ack.revisions().get(0);
        assertThat(a.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(a.revision()).isEqualTo(2);
        assertThat(a.progress().acknowledgedAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));

        Outcome resp =
                commands.apply(ack.next(), command("c2", TOWN, ResponseAction.RESPOND, "已督促支付工资"));
        Alert r = resp.revisions().get(0);
        assertThat(r.state()).isEqualTo(AlertState.RESPONDED);
        assertThat(r.response().text()).isEqualTo("已督促支付工资");
        assertThat(r.response().unit()).isEqualTo(TOWN);
        assertThat(r.history())
                .extracting("action")
                .containsExactly("opened", "acknowledged", "responded");
        assertThat(r.history()).extracting("unit").containsExactly(null, LEAD, TOWN);
    }

    @Test
    void respondingWithoutAcknowledgingCountsAsBoth() {
        Alert r =
                commands.apply(opened, command("c1", LEAD, ResponseAction.RESPOND, "已处理"))
                        .revisions()
                        .get(0);
        assertThat(r.progress().acknowledgedAt()).isEqualTo(r.progress().respondedAt());
    }

    @Test
    void illegalCommandsAreRejectedWithTheirReasonAndChangeNothing() {
        record Case(ResponseCommand command, String reason) {}
        List<Case> cases =
                List.of(
                        new Case(
                                new ResponseCommand(
                                        "x",
                                        "A-unknown",
                                        LEAD,
                                        "张三",
                                        ResponseAction.ACKNOWLEDGE,
                                        null,
                                        null,
                                        null,
                                        T0),
                                "unknown_alert"),
                        new Case(
                                command("x", "县不存在局", ResponseAction.ACKNOWLEDGE, null),
                                "unknown_unit"),
                        new Case(
                                command("x", "县教育体育局", ResponseAction.ACKNOWLEDGE, null),
                                "not_responsible"),
                        new Case(
                                command("x", LEAD, ResponseAction.CLOSE, null),
                                "not_response_team"),
                        new Case(command("x", LEAD, ResponseAction.RESPOND, " "), "missing_text"),
                        new Case(command("x", LEAD, ResponseAction.RETURN, null), "missing_text"),
                        new Case(
                                command(
                                        "x",
                                        LEAD,
                                        ResponseAction.RESPOND,
                                        "长".repeat(ResponseCommands.MAX_TEXT + 1)),
                                "text_too_long"),
                        new Case(
                                new ResponseCommand(
                                        "x",
                                        "A1",
                                        LEAD,
                                        "张三",
                                        ResponseAction.ACKNOWLEDGE,
                                        null,
                                        null,
                                        null,
                                        T0.minus(ResponseCommands.CLOCK_SKEW).minusSeconds(1)),
                                "bad_time"),
                        new Case(reassign("x", List.of()), "bad_assignment"),
                        new Case(reassign("x", List.of("县不存在局")), "bad_assignment"));
        for (Case c : cases) {
            Outcome out = commands.apply(opened, c.command());
            assertThat(out.rejection()).as(c.reason()).isNotNull();
            assertThat(out.rejection().reason()).isEqualTo(c.reason());
            assertThat(out.revisions()).isEmpty();
            assertThat(out.next()).isSameAs(opened);
        }
        assertThat(
                        commands.apply(null, command("x", LEAD, ResponseAction.ACKNOWLEDGE, null))
                                .rejection()
                                .reason())
                .isEqualTo("unknown_alert");
    }

    @Test
    void transitionsTheStateDoesNotAllowAreRejected() {
        AlertCase responded =
                commands.apply(opened, command("c1", LEAD, ResponseAction.RESPOND, "已处理")).next();
        for (ResponseAction action :
                List.of(
                        ResponseAction.ACKNOWLEDGE,
                        ResponseAction.RESPOND,
                        ResponseAction.RETURN)) {
            Outcome out = commands.apply(responded, command("c2", LEAD, action, "再说一次"));
            assertThat(out.rejection().reason()).as(action.name()).isEqualTo("illegal_transition");
        }
        AlertCase closed =
                commands.apply(responded, command("c3", TEAM, ResponseAction.CLOSE, "已办结")).next();
        assertThat(closed.alert().state()).isEqualTo(AlertState.CLOSED);
        assertThat(
                        commands.apply(closed, command("c4", TEAM, ResponseAction.CLOSE, null))
                                .rejection()
                                .reason())
                .isEqualTo("illegal_transition");
    }

    @Test
    void returnThenReassignRestartsTheDeadlinesForTheNewUnit() {
        Outcome returned =
                commands.apply(opened, command("c1", LEAD, ResponseAction.RETURN, "不属于本单位职责"));
        assertThat(returned.revisions().get(0).state()).isEqualTo(AlertState.RETURNED);
        Outcome moved = commands.apply(returned.next(), reassign("c2", List.of("县住建城管局", TOWN)));
        Alert a = moved.revisions().get(0);
        assertThat(a.state()).isEqualTo(AlertState.OPEN);
        assertThat(a.leadUnit()).isEqualTo("县住建城管局");
        assertThat(a.responsibleUnits()).containsExactly(TOWN);
        assertThat(a.assignedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(a.deadlines().acknowledge()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(a.history().get(a.history().size() - 1).note()).contains("县人力资源社会保障局 → 县住建城管局");
        assertThat(
                        commands.apply(
                                        moved.next(),
                                        command("c3", LEAD, ResponseAction.ACKNOWLEDGE, null))
                                .rejection()
                                .reason())
                .isEqualTo("not_responsible");
    }

    @Test
    void aCoResponsibleUnitThatReturnsLeavesTheAlertWithTheLead() {
        Alert a =
                commands.apply(opened, command("c1", TOWN, ResponseAction.RETURN, "不在本镇"))
                        .revisions()
                        .get(0);
        assertThat(a.state()).isEqualTo(AlertState.OPEN);
        assertThat(a.responsibleUnits()).isEmpty();
    }

    @Test
    void escalationMarksTheAlertSupervisedAndKeepsItsState() {
        Alert a =
                commands.apply(opened, command("c1", TEAM, ResponseAction.ESCALATE, "请加快办理"))
                        .revisions()
                        .get(0);
        assertThat(a.progress().supervised()).isTrue();
        assertThat(a.state()).isEqualTo(AlertState.OPEN);
    }

    @Test
    void aCommandDeliveredTwiceIsAppliedOnce() {
        AlertCase once =
                commands.apply(opened, command("c1", LEAD, ResponseAction.ACKNOWLEDGE, null))
                        .next();
        Outcome twice = commands.apply(once, command("c1", LEAD, ResponseAction.ACKNOWLEDGE, null));
        assertThat(twice.rejection()).isNull();
        assertThat(twice.revisions()).isEmpty();
        assertThat(twice.next()).isSameAs(once);
    }
}
