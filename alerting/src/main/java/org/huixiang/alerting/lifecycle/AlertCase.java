package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huixiang.common.model.Alert;

/**
 * Everything the stage keeps under one alert key: the documents seen, the alert once a rule fired,
 * the escalations raised for it, and the ids of the commands already applied (so a command
 * delivered twice is applied once).
 *
 * @param alert the latest revision, or null while no rule has fired
 */
public record AlertCase(
        EventTally tally, Alert alert, List<Alert> escalations, List<String> appliedCommands)
        implements Serializable {

    private static final int REMEMBERED_COMMANDS = 200;

    public static AlertCase of(EventTally tally) {
        return new AlertCase(tally, null, List.of(), List.of());
    }

    public AlertCase withTally(EventTally value) {
        return new AlertCase(value, alert, escalations, appliedCommands);
    }

    public AlertCase withAlert(Alert value) {
        return new AlertCase(tally, value, escalations, appliedCommands);
    }

    /** Replaces the escalation with the same id, or adds it. */
    public AlertCase withEscalation(Alert value) {
        List<Alert> all = new ArrayList<>(escalations);
        all.removeIf(e -> e.id().equals(value.id()));
        all.add(value);
        return new AlertCase(tally, alert, List.copyOf(all), appliedCommands);
    }

    public AlertCase withCommand(String commandId) {
        List<String> ids = new ArrayList<>(appliedCommands);
        ids.add(commandId);
        if (ids.size() > REMEMBERED_COMMANDS) {
            ids.remove(0);
        }
        return new AlertCase(tally, alert, escalations, List.copyOf(ids));
    }

    /** The alert or escalation with this id. */
    public Optional<Alert> find(String alertId) {
        if (alert != null && alert.id().equals(alertId)) {
            return Optional.of(alert);
        }
        return escalations.stream().filter(e -> e.id().equals(alertId)).findFirst();
    }

    /** Stores a new revision of the alert or of one of its escalations. */
    public AlertCase with(Alert revision) {
        return alert != null && alert.id().equals(revision.id())
                ? withAlert(revision)
                : withEscalation(revision);
    }
}
