package org.huixiang.alerting.lifecycle;

import java.util.List;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.model.Alert;

/**
 * What one input did to an alert case.
 *
 * @param next the case to keep, or null to forget the key
 * @param revisions the alert revisions to publish, in order
 * @param rejection why a command was refused, or null; a refused command changes nothing
 */
public record Outcome(AlertCase next, List<Alert> revisions, Rejection rejection) {

    public static Outcome unchanged(AlertCase current) {
        return new Outcome(current, List.of(), null);
    }

    public static Outcome rejected(AlertCase current, DeadLetterReason reason, String detail) {
        return new Outcome(current, List.of(), new Rejection(reason.code(), detail));
    }

    /**
     * A refused response command.
     *
     * @param reason a stable code of {@link DeadLetterReason}: unknown_alert, not_responsible …
     */
    public record Rejection(String reason, String detail) {}
}
