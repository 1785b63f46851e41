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
 */
public record AlertChange(
        long revision, Instant at, String action, String unit, String actor, String note)
        implements Serializable {

    public static AlertChange of(
            Instant at, String action, String unit, String actor, String note) {
        return new AlertChange(0, at, action, unit, actor, note);
    }

    AlertChange withRevision(long value) {
        return new AlertChange(value, at, action, unit, actor, note);
    }
}
