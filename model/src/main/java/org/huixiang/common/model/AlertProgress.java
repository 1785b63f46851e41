package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the responsible units did and when, and which deadlines passed first: the raw material of
 * the timeliness report (及时签收率, 按时办结率, 超期).
 *
 * @param acknowledgeReminded a reminder before the acknowledge deadline went out
 * @param respondReminded a reminder before the respond deadline went out
 * @param acknowledgeOverdue the acknowledge deadline passed before 签收
 * @param respondOverdue the respond deadline passed before 回应
 * @param supervised the response team escalated it (督办)
 */
public record AlertProgress(
        Instant acknowledgedAt,
        Instant respondedAt,
        Instant closedAt,
        boolean acknowledgeReminded,
        boolean respondReminded,
        boolean acknowledgeOverdue,
        boolean respondOverdue,
        boolean supervised)
        implements Serializable {

    public static final AlertProgress NONE =
            new AlertProgress(null, null, null, false, false, false, false, false);

    public AlertProgress acknowledged(Instant at) {
        return new AlertProgress(
                at,
                respondedAt,
                closedAt,
                acknowledgeReminded,
                respondReminded,
                acknowledgeOverdue,
                respondOverdue,
                supervised);
    }

    public AlertProgress responded(Instant at) {
        return new AlertProgress(
                acknowledgedAt == null ? at : acknowledgedAt,
                at,
                closedAt,
                acknowledgeReminded,
                respondReminded,
                acknowledgeOverdue,
                respondOverdue,
                supervised);
    }

    public AlertProgress closed(Instant at) {
        return new AlertProgress(
                acknowledgedAt,
                respondedAt,
                at,
                acknowledgeReminded,
                respondReminded,
                acknowledgeOverdue,
                respondOverdue,
                supervised);
    }

    public AlertProgress reminded(DeadlineKind kind) {
        return new AlertProgress(
                acknowledgedAt,
                respondedAt,
                closedAt,
                acknowledgeReminded || kind == DeadlineKind.ACKNOWLEDGE,
                respondReminded || kind == DeadlineKind.RESPOND,
                acknowledgeOverdue,
                respondOverdue,
                supervised);
    }

    public AlertProgress overdue(DeadlineKind kind) {
        return new AlertProgress(
                acknowledgedAt,
                respondedAt,
                closedAt,
                acknowledgeReminded,
                respondReminded,
                acknowledgeOverdue || kind == DeadlineKind.ACKNOWLEDGE,
                respondOverdue || kind == DeadlineKind.RESPOND,
                supervised);
    }

    public AlertProgress underSupervision() {
        return new AlertProgress(
                acknowledgedAt,
                respondedAt,
                closedAt,
                acknowledgeReminded,
                respondReminded,
                acknowledgeOverdue,
                respondOverdue,
                true);
    }

    /**
     * After 改派 the new unit starts afresh: its own acknowledgement, reminders and overdue flags.
     */
    public AlertProgress reassigned() {
        return new AlertProgress(null, null, null, false, false, false, false, supervised);
    }
}
