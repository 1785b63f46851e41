package org.huixiang.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.T0;
import static org.huixiang.alerting.TestDocuments.doc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.huixiang.alerting.lifecycle.AlertCase;
import org.huixiang.alerting.lifecycle.AlertUpdates;
import org.huixiang.alerting.lifecycle.DeadlineWatch;
import org.huixiang.alerting.lifecycle.Outcome;
import org.huixiang.alerting.lifecycle.ResponseCommands;
import org.huixiang.common.config.NotificationSettings.Format;
import org.huixiang.common.config.NotificationSettings.Webhook;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.ResponseAction;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.junit.jupiter.api.Test;

class NoticeTest {

    static final Seeds SEEDS = SeedLoader.loadDefault();
    final AlertUpdates updates = new AlertUpdates(SEEDS);
    final Outcome opened = updates.onDocument(null, "A1", doc("d1").build());
    final Alert alert = opened.revisions().get(0);

    static Webhook hook(Format format, List<String> units, boolean escalationsOnly) {
        return new Webhook("h", format, "http://127.0.0.1/h", units, escalationsOnly);
    }

    @Test
    void newAlertsAndEscalationsArePushedOtherRevisionsAreNot() {
        assertThat(Notice.of(alert)).get().extracting(Notice::event).isEqualTo(Notice.Event.OPENED);

        AlertCase c = opened.next();
        ResponseCommands commands = new ResponseCommands(SEEDS);
        Outcome ack =
                commands.apply(
                        c,
                        new ResponseCommand(
                                "c1",
                                "A1",
                                "县人力资源社会保障局",
                                "张三",
                                ResponseAction.ACKNOWLEDGE,
                                null,
                                null,
                                null,
                                T0.plusSeconds(60)));
        assertThat(Notice.of(ack.revisions().get(0))).isEmpty();
        Outcome pressed =
                commands.apply(
                        ack.next(),
                        new ResponseCommand(
                                "c2",
                                "A1",
                                "县政府办公室",
                                "李四",
                                ResponseAction.ESCALATE,
                                "请加快",
                                null,
                                null,
                                T0.plusSeconds(120)));
        assertThat(Notice.of(pressed.revisions().get(0)))
                .get()
                .extracting(Notice::event)
                .isEqualTo(Notice.Event.ESCALATED);

        Outcome overdue =
                new DeadlineWatch(SEEDS.response(), Duration.ofHours(1))
                        .onTime(c, T0.plus(Duration.ofHours(2)));
        Alert escalation = overdue.revisions().get(overdue.revisions().size() - 1);
        assertThat(Notice.of(overdue.revisions().get(0))).isEmpty();
        assertThat(Notice.of(escalation))
                .get()
                .extracting(Notice::event)
                .isEqualTo(Notice.Event.ESCALATED);
    }

    @Test
    void webhooksChooseByUnitAndByEvent() {
        Notice notice = Notice.of(alert).orElseThrow();
        assertThat(notice.wantedBy(hook(Format.GENERIC, List.of(), false))).isTrue();
        assertThat(notice.wantedBy(hook(Format.GENERIC, List.of("庆符镇人民政府"), false))).isTrue();
        assertThat(notice.wantedBy(hook(Format.GENERIC, List.of("县水利局"), false))).isFalse();
        assertThat(notice.wantedBy(hook(Format.GENERIC, List.of(), true))).isFalse();
    }

    @Test
    void bodiesFollowEachFormat() throws Exception {
        Notice notice = Notice.of(alert).orElseThrow();
        JsonNode generic = Json.mapper().readTree(notice.body(Format.GENERIC));
        assertThat(generic.path("event").asText()).isEqualTo("opened");
        assertThat(generic.path("alert_id").asText()).isEqualTo("A1");
        assertThat(generic.path("lead_unit").asText()).isEqualTo("县人力资源社会保障局");
        // ISO-8601 in China time: the same instant, readable where the county reads it
        assertThat(generic.path("acknowledge_by").asText()).endsWith("+08:00");
        assertThat(
                        java.time.OffsetDateTime.parse(generic.path("acknowledge_by").asText())
                                .toInstant())
                .isEqualTo(alert.deadlines().acknowledge());

        JsonNode wecom = Json.mapper().readTree(notice.body(Format.WECOM));
        assertThat(wecom.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(wecom.path("markdown").path("content").asText())
                .startsWith("### 【新预警 · III级】")
                .contains("牵头单位：县人力资源社会保障局")
                .contains(
                        "签收期限："
                                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                        .format(
                                                alert.deadlines()
                                                        .acknowledge()
                                                        .atZone(
                                                                java.time.ZoneId.of(
                                                                        "Asia/Shanghai"))))
                .doesNotContain("Z\n");

        JsonNode dingtalk = Json.mapper().readTree(notice.body(Format.DINGTALK));
        assertThat(dingtalk.path("markdown").path("title").asText()).contains("新预警");
        assertThat(dingtalk.path("markdown").path("text").asText()).contains("责任单位：庆符镇人民政府");
    }
}
