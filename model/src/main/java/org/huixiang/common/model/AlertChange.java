package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of an alert's history: what happened, who did it, and at which revision.
 *
 * @param action opened, raised, acknowledged, responded, returned, reassigned, escalated, closed,
 *     reminder, overdue
 * @param unit the unit that acted, or null for the stage itself
 * @param note the response text, the reason of a return or an escalation, or what the stage saw
 * @param commandId the response command that made this change, or null: how the console tells a
 *     retried action that it was applied already
 */
public record AlertChange(
        long revision,
        Instant at,
        String action,
        String unit,
        String actor,
        String note,
        String commandId)
        implements Serializable {

    /** A change the stage makes itself. */
    public static AlertChange of(
            Instant at, String action, String unit, String actor, String note) {
        return new AlertChange(0, at, action, unit, actor, note, null);
    }

    /** A change made by the response command {@code commandId}. */
    public static AlertChange byCommand(
            String commandId, Instant at, String action, String unit, String actor, String note) {
        return new AlertChange(0, at, action, unit, actor, note, commandId);
    }

    AlertChange withRevision(long value) {
        return new AlertChange(value, at, action, unit, actor, note, commandId);
    }
}
