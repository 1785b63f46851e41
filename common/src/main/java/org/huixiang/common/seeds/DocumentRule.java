package org.huixiang.common.seeds;

import java.io.Serializable;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Sentiment;

/**
 * A rule that raises an alert for a single document.
 *
 * @param minLevel the document's risk must be at least this severe
 * @param sentiment the document must have this sentiment label, or null for any
 * @param requireTopic the document must match at least one topic
 */
public record DocumentRule(
        String id,
        String description,
        RiskLevel minLevel,
        Sentiment.Label sentiment,
        boolean requireTopic)
        implements Serializable {}
