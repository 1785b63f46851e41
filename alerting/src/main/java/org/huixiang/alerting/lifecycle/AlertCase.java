package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huixiang.common.model.Alert;

/**
 * Everything the stage keeps under one alert key: the documents seen, the alert once a rule fired,
 * the escalations raised for it, and the ids of the commands already applied (so a command
 * delivered twice is applied once).
 *
 * @param alert the latest revision, or null while no rule has fired; while {@code held}, with the
 *     documents that joined since it was published
 * @param held the time of the first document whose change to the alert is held back (see {@link
 *     AlertUpdates#HOLD}), or null when the alert is as published
 */
public record AlertCase(
        EventTally tally,
        Alert alert,
        List<Alert> escalations,
        List<String> appliedCommands,
        Instant held)
        implements Serializable {

    private static final int REMEMBERED_COMMANDS = 200;

    public static AlertCase of(EventTally tally) {
        return new AlertCase(tally, null, List.of(), List.of(), null);
    }

    public AlertCase withTally(EventTally value) {
        return new AlertCase(value, alert, escalations, appliedCommands, held);
    }

    /** Stores a revision that is published: nothing is held any more. */
    public AlertCase withAlert(Alert value) {
        return new AlertCase(tally, value, escalations, appliedCommands, null);
    }

    /**
     * Stores the alert with documents that joined it, unpublished; {@code at} starts the hold
     * unless one has started already.
     */
    public AlertCase holding(Alert value, Instant at) {
        return new AlertCase(tally, value, escalations, appliedCommands, held != null ? held : at);
    }

    /** Replaces the escalation with the same id, or adds it. */
    public AlertCase withEscalation(Alert value) {
        List<Alert> all = new ArrayList<>(escalations);
        all.removeIf(e -> e.id().equals(value.id()));
        all.add(value);
        return new AlertCase(tally, alert, List.copyOf(all), appliedCommands, held);
    }

    public AlertCase withCommand(String commandId) {
        List<String> ids = new ArrayList<>(appliedCommands);
        ids.add(commandId);
        if (ids.size() > REMEMBERED_COMMANDS) {
            ids.remove(0);
        }
        return new AlertCase(tally, alert, escalations, List.copyOf(ids), held);
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
