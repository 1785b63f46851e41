package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * What the analysis stage concluded about a document; every field carries its explanation.
 *
 * @param tokens the segmentation of title and text
 * @param keywords the most salient terms
 * @param region the town (镇) the text is about, or null
 */
public record Analysis(
        List<String> tokens,
        List<String> keywords,
        List<TopicMatch> topics,
        Routing routing,
        String region,
        Sentiment sentiment,
        Risk risk)
        implements Serializable {}
