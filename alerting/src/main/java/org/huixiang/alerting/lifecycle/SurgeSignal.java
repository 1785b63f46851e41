package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import java.time.Instant;
import org.huixiang.common.model.AlertDocument;

/**
 * A surge detector fired for a topic in a town.
 *
 * @param alertId the episode's alert
 * @param region the town, or null for documents about no town in particular
 * @param why the sentence that explains the reading
 * @param latest the document that tipped the count
 */
public record SurgeSignal(
        String alertId,
        String ruleId,
        String topicId,
        String topicName,
        String region,
        int count,
        String why,
        org.huixiang.common.model.RiskLevel level,
        AlertDocument latest,
        Instant at)
        implements Serializable {}
