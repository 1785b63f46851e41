package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * What the analysis stage concluded about a document; every field carries its explanation.
 *
 * @param tokens the segmentation of title and text
 * @param keywords the most salient terms
 * @param region the town (镇) the text is about, or null
 * @param simhash the 64-bit SimHash of the tokens, as 16 hex digits
 * @param event the event of near-duplicates the document belongs to; set by the stage, null when
 *     the analyzer runs alone
 */
public record Analysis(
        List<String> tokens,
        List<String> keywords,
        List<TopicMatch> topics,
        Routing routing,
        String region,
        Sentiment sentiment,
        Risk risk,
        String simhash,
        DocumentEvent event)
        implements Serializable {

    public Analysis withRisk(Risk risk) {
        return new Analysis(
                tokens, keywords, topics, routing, region, sentiment, risk, simhash, event);
    }

    public Analysis withEvent(DocumentEvent event) {
        return new Analysis(
                tokens, keywords, topics, routing, region, sentiment, risk, simhash, event);
    }

    /**
     * This analysis without its tokens and keywords, for stages that read neither: they are most of
     * its size, and every record between operators is serialized by size.
     */
    public Analysis withoutTerms() {
        return new Analysis(
                List.of(), List.of(), topics, routing, region, sentiment, risk, simhash, event);
    }
}
