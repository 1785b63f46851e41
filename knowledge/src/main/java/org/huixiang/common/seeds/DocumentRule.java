package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.List;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Sentiment;

/**
 * A rule that raises an alert for a single document. Every condition must hold; an empty list is no
 * condition.
 *
 * @param minLevel the document's risk must be at least this severe
 * @param sentiment the document must have this sentiment label, or null for any
 * @param requireTopic the document must match at least one topic
 * @param topics the document must match one of these topic ids
 * @param sources the document must come from one of these sources
 * @param regions the document must be about one of these towns
 * @param content the document must be of one of these kinds (appeal, incident …)
 * @param keywordGroups the text must contain a word of every group
 * @param exclude the text must contain none of these
 * @param alertLevel the alert is raised at least at this level (the watch list's floor), or null
 */
public record DocumentRule(
        String id,
        String description,
        RiskLevel minLevel,
        Sentiment.Label sentiment,
        boolean requireTopic,
        List<String> topics,
        List<String> sources,
        List<String> regions,
        List<ContentLabel> content,
        List<List<String>> keywordGroups,
        List<String> exclude,
        RiskLevel alertLevel)
        implements Serializable {}
