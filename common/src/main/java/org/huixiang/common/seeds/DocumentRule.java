package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.List;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Sentiment;

/**
 * A rule that raises an alert for a single document.
 *
 * @param minLevel the document's risk must be at least this severe
 * @param sentiment the document must have this sentiment label, or null for any
 * @param requireTopic the document must match at least one topic
 * @param keywordsAny the text must contain one of these (empty: no condition)
 * @param exclude the text must contain none of these
 */
public record DocumentRule(
        String id,
        String description,
        RiskLevel minLevel,
        Sentiment.Label sentiment,
        boolean requireTopic,
        List<String> keywordsAny,
        List<String> exclude)
        implements Serializable {}
