package org.huixiang.alerting.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.T0;
import static org.huixiang.alerting.TestDocuments.doc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.alerting.lifecycle.AlertSignal;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.ResponseAction;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertCaseFunctionTest {

    static final String LEAD = "县人力资源社会保障局";
    final AlertSignal signal = AlertSignal.of(doc("d1").event("E").build());
    final String id = signal.alertId();

    KeyedTwoInputStreamOperatorTestHarness<String, AlertSignal, ResponseCommand, Alert> h;

    @BeforeEach
    void setUp() throws Exception {
        h = harness(null);
    }

    static KeyedTwoInputStreamOperatorTestHarness<String, AlertSignal, ResponseCommand, Alert>
            harness(Instant endOfData) throws Exception {
        var harness =
                new KeyedTwoInputStreamOperatorTestHarness<>(
                        new KeyedCoProcessOperator<>(
                                new AlertCaseFunction(SeedLoader.loadDefault(), endOfData)),
                        (AlertSignal s) -> AlertIds.key(s.alertId()),
                        (ResponseCommand c) -> AlertIds.key(c.alertId()),
                        Types.STRING);
        harness.setup(EdgeTypeInfo.of(Alert.class).createSerializer(new SerializerConfigImpl()));
        harness.open();
        return harness;
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
    }

    static long ms(Duration after) {
        return T0.plus(after).toEpochMilli();
    }

    ResponseCommand command(String cid, String unit, ResponseAction action, Duration after) {
        return new ResponseCommand(cid, id, unit, "张三", action, "已处理", null, null, T0.plus(after));
    }

    List<Alert> alerts() {
        List<Alert> out = new ArrayList<>();
        for (Object o : h.getOutput()) {
            if (o instanceof StreamRecord<?> r) {
                out.add((Alert) r.getValue());
            }
        }
        return out;
    }

    List<DeadLetter> rejected() {
        List<DeadLetter> out = new ArrayList<>();
        var side = h.getSideOutput(AlertCaseFunction.REJECTED);
        if (side != null) {
            side.forEach(r -> out.add(r.getValue()));
        }
        return out;
    }

    @Test
    void documentsApplyAtOnceWhileCommandsWaitForTheWatermark() throws Exception {
        // the command is read first, but in event time it comes after the document
        h.processElement2(
                command("c1", LEAD, ResponseAction.ACKNOWLEDGE, Duration.ofMinutes(10)),
                ms(Duration.ofMinutes(10)));
        assertThat(alerts()).isEmpty();
        h.processElement1(signal, T0.toEpochMilli());
        // the alert is published without waiting for the watermark; the command still waits
        assertThat(alerts()).extracting(Alert::state).containsExactly(AlertState.OPEN);

        h.processBothWatermarks(watermark(Duration.ofMinutes(10)));
        assertThat(alerts())
                .extracting(Alert::state)
                .containsExactly(AlertState.OPEN, AlertState.ACKNOWLEDGED);
        assertThat(rejected()).isEmpty();
        // acknowledged: only the respond reminder and deadline remain as timers
        assertThat(h.numEventTimeTimers()).isEqualTo(2);
    }

    @Test
    void deadlinesFireAsTimersAndRespondingCancelsThem() throws Exception {
        h.processElement1(signal, T0.toEpochMilli());
        h.processBothWatermarks(watermark(Duration.ZERO));
        // acknowledge reminder + deadline, respond reminder + deadline
        assertThat(h.numEventTimeTimers()).isEqualTo(4);

        h.processBothWatermarks(watermark(Duration.ofHours(2)));
        List<Alert> out = alerts();
        assertThat(out)
                .extracting(Alert::kind)
                .containsExactly(
                        AlertKind.DOCUMENT,
                        AlertKind.DOCUMENT,
                        AlertKind.DOCUMENT,
                        AlertKind.OVERDUE);
        assertThat(out.get(1).history().get(1).action()).isEqualTo("reminder");
        assertThat(out.get(2).progress().acknowledgeOverdue()).isTrue();
        assertThat(out.get(3).leadUnit()).isEqualTo("县政府办公室");
        assertThat(h.numEventTimeTimers()).isEqualTo(2);

        h.processElement2(
                command("c1", LEAD, ResponseAction.RESPOND, Duration.ofHours(3)),
                ms(Duration.ofHours(3)));
        h.processBothWatermarks(watermark(Duration.ofHours(3)));
        assertThat(h.numEventTimeTimers()).isZero();
        List<Alert> after = alerts().subList(4, alerts().size());
        assertThat(after).extracting(Alert::id).containsExactly(id, id + "~acknowledge");
        assertThat(after)
                .extracting(Alert::state)
                .containsExactly(AlertState.RESPONDED, AlertState.CLOSED);

        h.processBothWatermarks(watermark(Duration.ofHours(60)));
        assertThat(alerts()).hasSize(6);
    }

    @Test
    void revisionsOfOneAlertLeaveInOrder() throws Exception {
        h.processElement1(signal, T0.toEpochMilli());
        h.processElement1(
                AlertSignal.of(doc("d2").event("E").at(T0.plusSeconds(30)).build()),
                T0.plusSeconds(30).toEpochMilli());
        h.processElement2(
                command("c1", LEAD, ResponseAction.ACKNOWLEDGE, Duration.ofMinutes(1)),
                ms(Duration.ofMinutes(1)));
        h.processBothWatermarks(watermark(Duration.ofMinutes(5)));
        assertThat(alerts()).extracting(Alert::revision).containsExactly(1L, 2L, 3L);
    }

    @Test
    void documentsThatOnlyJoinLeaveAsOneRevisionAHoldLaterInProcessingTime() throws Exception {
        h.setProcessingTime(10_000);
        h.processElement1(signal, T0.toEpochMilli());
        for (int i = 2; i <= 4; i++) {
            h.processElement1(
                    AlertSignal.of(doc("d" + i).event("E").at(T0.plusSeconds(i)).build()),
                    T0.plusSeconds(i).toEpochMilli());
        }
        assertThat(alerts()).extracting(Alert::revision).containsExactly(1L);

        h.setProcessingTime(10_999);
        assertThat(alerts()).hasSize(1);
        h.setProcessingTime(11_000);
        assertThat(alerts()).extracting(Alert::revision).containsExactly(1L, 2L);
        assertThat(alerts().get(1).documentCount()).isEqualTo(4);

        // the event-time timer of the hold went with it: a later watermark publishes nothing more
        h.processBothWatermarks(watermark(Duration.ofMinutes(1)));
        assertThat(alerts()).hasSize(2);
    }

    @Test
    void theEndOfABoundedInputPublishesHeldDocuments() throws Exception {
        h.processElement1(signal, T0.toEpochMilli());
        h.processElement1(
                AlertSignal.of(doc("d2").event("E").at(T0.plusSeconds(30)).build()),
                T0.plusSeconds(30).toEpochMilli());
        h.processBothWatermarks(new Watermark(Long.MAX_VALUE));
        assertThat(alerts()).extracting(Alert::revision).containsExactly(1L, 2L);
        assertThat(alerts().get(1).documentCount()).isEqualTo(2);
    }

    @Test
    void illegalCommandsGoToTheSideOutputAndChangeNothing() throws Exception {
        h.processElement1(signal, T0.toEpochMilli());
        h.processElement2(
                command("c1", "县教育体育局", ResponseAction.ACKNOWLEDGE, Duration.ofMinutes(1)),
                ms(Duration.ofMinutes(1)));
        h.processElement2(
                new ResponseCommand(
                        "c2",
                        "A-none",
                        LEAD,
                        "张三",
                        ResponseAction.ACKNOWLEDGE,
                        null,
                        null,
                        null,
                        T0.plusSeconds(90)),
                T0.plusSeconds(90).toEpochMilli());
        h.processBothWatermarks(watermark(Duration.ofMinutes(5)));
        assertThat(alerts()).hasSize(1);
        assertThat(rejected())
                .extracting(DeadLetter::reason)
                .containsExactlyInAnyOrder("not_responsible", "unknown_alert");
        assertThat(rejected()).allSatisfy(d -> assertThat(d.stage()).isEqualTo("alert"));
    }

    @Test
    void stateIsClearedAfterCloseAndRetention() throws Exception {
        h.processElement1(signal, T0.toEpochMilli());
        h.processElement2(
                command("c1", "县政府办公室", ResponseAction.CLOSE, Duration.ofMinutes(1)),
                ms(Duration.ofMinutes(1)));
        h.processBothWatermarks(watermark(Duration.ofMinutes(1)));
        assertThat(h.numKeyedStateEntries()).isGreaterThan(0);
        assertThat(h.numEventTimeTimers()).isEqualTo(1);
        h.processBothWatermarks(watermark(Duration.ofMinutes(1).plus(Duration.ofDays(30))));
        assertThat(h.numKeyedStateEntries()).isZero();
        assertThat(h.numEventTimeTimers()).isZero();
    }

    @Test
    void theEndOfABoundedInputIsNotThePassageOfTime() throws Exception {
        h.processElement1(signal, T0.toEpochMilli());
        h.processBothWatermarks(new Watermark(Long.MAX_VALUE));
        assertThat(alerts()).extracting(Alert::revision).containsExactly(1L);
    }

    @Test
    void atTheEndOfABoundedInputDeadlinesUpToTheEndOfTheDataStillFire() throws Exception {
        h.close();
        h = harness(T0.plus(Duration.ofHours(3)));
        h.processElement1(signal, T0.toEpochMilli());
        h.processBothWatermarks(new Watermark(Long.MAX_VALUE));
        List<Alert> out = alerts();
        // opened, acknowledge reminder, acknowledge overdue + escalation; nothing of the 48 h
        assertThat(out)
                .extracting(Alert::kind)
                .containsExactly(
                        AlertKind.DOCUMENT,
                        AlertKind.DOCUMENT,
                        AlertKind.DOCUMENT,
                        AlertKind.OVERDUE);
        assertThat(out.get(2).progress().respondReminded()).isFalse();
    }

    static Watermark watermark(Duration after) {
        return new Watermark(ms(after));
    }
}
