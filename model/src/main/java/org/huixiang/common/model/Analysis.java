package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * What the analysis stage concluded about a document; every field carries its explanation.
 *
 * @param tokens the segmentation of title and text
 * @param keywords the most salient terms
 * @param region the town (镇) of the county the text is about, or null; set only for local documents
 * @param jurisdiction whether the document is the county's to answer (属地)
 * @param content what kind of speech it is (an appeal, routine news, chatter, an ad …)
 * @param simhash the 64-bit SimHash of the tokens, as 16 hex digits
 * @param event the event of near-duplicates the document belongs to; set by the stage, null when
 *     the analyzer runs alone and for documents that are not about public affairs
 */
public record Analysis(
        List<String> tokens,
        List<String> keywords,
        List<TopicMatch> topics,
        Routing routing,
        String region,
        Jurisdiction jurisdiction,
        Content content,
        Sentiment sentiment,
        Risk risk,
        String simhash,
        DocumentEvent event)
        implements Serializable {

    /**
     * True for speech about public affairs, the only documents that form events of near-duplicates:
     * a hundred "[赞]" or "转发微博" are no public opinion growing.
     */
    public boolean aboutPublicAffairs() {
        return content == null || content.label().publicAffairs();
    }

    public Analysis withRisk(Risk risk) {
        return new Analysis(
                tokens,
                keywords,
                topics,
                routing,
                region,
                jurisdiction,
                content,
                sentiment,
                risk,
                simhash,
                event);
    }

    public Analysis withEvent(DocumentEvent event) {
        return new Analysis(
                tokens,
                keywords,
                topics,
                routing,
                region,
                jurisdiction,
                content,
                sentiment,
                risk,
                simhash,
                event);
    }

    /**
     * This analysis without its tokens and keywords, for stages that read neither: they are most of
     * its size, and every record between operators is serialized by size.
     */
    public Analysis withoutTerms() {
        return new Analysis(
                List.of(),
                List.of(),
                topics,
                routing,
                region,
                jurisdiction,
                content,
                sentiment,
                risk,
                simhash,
                event);
    }
}
