package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a unit or the response team asks of an alert, as written to {@code huixiang.responses} by
 * the console or any other client. The topic is the audit log; the alerting stage applies commands
 * in event time and rejects illegal ones to the dead-letter topic with the reason.
 *
 * @param id the command's own id, unique per client request
 * @param unit the unit on whose behalf the actor acts
 * @param actor the person, as the client authenticated them
 * @param text the response text (respond), the reason (return, escalate, close)
 * @param link where the response was published (respond), optional
 * @param assignTo for reassign: the new lead unit first, then any co-responsible units
 * @param at when the actor acted; event time of the command
 */
public record ResponseCommand(
        String id,
        String alertId,
        String unit,
        String actor,
        ResponseAction action,
        String text,
        String link,
        List<String> assignTo,
        Instant at)
        implements Serializable {}
