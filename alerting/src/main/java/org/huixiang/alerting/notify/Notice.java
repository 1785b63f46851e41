package org.huixiang.alerting.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huixiang.common.config.NotificationSettings.Format;
import org.huixiang.common.config.NotificationSettings.Webhook;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.CountyTime;

/**
 * What a person must be told about an alert revision, and how each webhook wants it said. Only two
 * moments are pushed: a new alert, and an escalation (an overdue escalation opening, or the
 * response team's 督办). Everything else is visible in the console. Pure.
 */
public record Notice(Event event, Alert alert) {

    /** Why the alert is pushed. */
    public enum Event {
        OPENED("新预警"),
        ESCALATED("督办");

        private final String chinese;

        Event(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** The notice for this revision, if it is one that is pushed. */
    public static Optional<Notice> of(Alert alert) {
        if (alert.revision() == 1) {
            return Optional.of(
                    new Notice(
                            alert.kind() == AlertKind.OVERDUE ? Event.ESCALATED : Event.OPENED,
                            alert));
        }
        List<AlertChange> history = alert.history();
        AlertChange last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last != null
                && last.revision() == alert.revision()
                && "escalated".equals(last.action())) {
            return Optional.of(new Notice(Event.ESCALATED, alert));
        }
        return Optional.empty();
    }

    /** True when the webhook wants this notice. */
    public boolean wantedBy(Webhook hook) {
        if (hook.escalationsOnly() && event != Event.ESCALATED) {
            return false;
        }
        return hook.units().isEmpty() || hook.units().stream().anyMatch(alert::concerns);
    }

    /** The request body for the webhook's format. */
    public byte[] body(Format format) {
        return switch (format) {
            case GENERIC -> Json.toBytes(generic());
            case WECOM ->
                    Json.toBytes(
                            Map.of(
                                    "msgtype",
                                    "markdown",
                                    "markdown",
                                    Map.of("content", markdown())));
            case DINGTALK ->
                    Json.toBytes(
                            Map.of(
                                    "msgtype",
                                    "markdown",
                                    "markdown",
                                    Map.of("title", heading(), "text", markdown())));
        };
    }

    private Map<String, Object> generic() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.name().toLowerCase(java.util.Locale.ROOT));
        body.put("alert_id", alert.id());
        body.put("revision", alert.revision());
        body.put("kind", alert.kind());
        body.put("level", alert.level());
        body.put("title", alert.title());
        body.put("why", alert.why());
        body.put("lead_unit", alert.leadUnit());
        body.put("responsible_units", alert.responsibleUnits());
        body.put("region", alert.region() == null ? "" : alert.region());
        body.put("state", alert.state());
        if (alert.deadlines().acknowledge() != null) {
            body.put("acknowledge_by", CountyTime.withOffset(alert.deadlines().acknowledge()));
            body.put("respond_by", CountyTime.withOffset(alert.deadlines().respond()));
        }
        body.put("documents", alert.documentCount());
        return body;
    }

    String heading() {
        return "【" + event.chinese() + " · " + alert.level() + "级】" + alert.title();
    }

    /** A short Markdown message; the console holds the rest. */
    String markdown() {
        StringBuilder md = new StringBuilder("### ").append(heading()).append('\n');
        md.append("> 牵头单位：").append(alert.leadUnit()).append('\n');
        if (!alert.responsibleUnits().isEmpty()) {
            md.append("> 责任单位：").append(String.join("、", alert.responsibleUnits())).append('\n');
        }
        if (alert.deadlines().acknowledge() != null) {
            md.append("> 签收期限：")
                    .append(CountyTime.forPeople(alert.deadlines().acknowledge()))
                    .append('\n');
            md.append("> 回应期限：")
                    .append(CountyTime.forPeople(alert.deadlines().respond()))
                    .append('\n');
        }
        alert.why().stream().limit(3).forEach(w -> md.append("- ").append(w).append('\n'));
        md.append("相关信息 ").append(alert.documentCount()).append(" 条，预警编号 ").append(alert.id());
        return md.toString();
    }
}
