package org.huixiang.alerting.lifecycle;

import java.time.Instant;
import org.huixiang.common.model.DeadlineKind;
import org.huixiang.common.model.DocumentIds;

/**
 * Deterministic alert ids, so that a replay raises the same alerts. An escalation's id is its
 * parent's id, {@code ~}, and the missed deadline: both live under the parent's key in the stage.
 */
public final class AlertIds {

    private static final char ESCALATION = '~';

    private AlertIds() {}

    /** The alert of an event of near-duplicate documents. */
    public static String forEvent(String eventId) {
        return "A" + DocumentIds.hash("event-alert\u0000" + eventId).substring(0, 23);
    }

    /** The alert of one surge episode of a topic in a town. */
    public static String forSurge(String ruleId, String topicId, String region, Instant start) {
        return "S"
                + DocumentIds.hash(
                                "surge\u0000"
                                        + ruleId
                                        + '\u0000'
                                        + topicId
                                        + '\u0000'
                                        + region
                                        + '\u0000'
                                        + start.toEpochMilli())
                        .substring(0, 23);
    }

    /** The escalation raised when {@code parentId} missed its {@code kind} deadline. */
    public static String forEscalation(String parentId, DeadlineKind kind) {
        return parentId + ESCALATION + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The key under which an alert's state lives: the parent's id for an escalation. */
    public static String key(String alertId) {
        int cut = alertId.indexOf(ESCALATION);
        return cut < 0 ? alertId : alertId.substring(0, cut);
    }
}
