package org.huixiang.common.elasticsearch;

import java.time.Instant;
import java.util.List;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Author;
import org.huixiang.common.model.Contact;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentEvent;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.model.Jurisdiction;
import org.huixiang.common.model.Origin;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.TextSignals;
import org.huixiang.common.model.TopicMatch;

/**
 * A document as stored in {@code huixiang-docs-*}: flat where analysts filter and aggregate
 * (topic_ids, lead_unit, region, jurisdiction.scope, content.label), with tokens space-joined for
 * the whitespace analyzer. Field for field the same as {@code
 * elasticsearch/huixiang-docs.template.json}, whose mapping is strict.
 */
public record SearchDocument(
        String id,
        String kind,
        String source,
        String sourceId,
        String url,
        String title,
        String text,
        String tokens,
        List<String> keywords,
        List<TopicMatch> topics,
        List<String> topicIds,
        String leadUnit,
        List<String> responsibleUnits,
        List<String> routingReasons,
        boolean unrouted,
        String region,
        Jurisdiction jurisdiction,
        Content content,
        Sentiment sentiment,
        Risk risk,
        String simhash,
        DocumentEvent event,
        Instant publishedAt,
        Instant ingestedAt,
        Author author,
        Engagement engagement,
        Contact contact,
        String location,
        String citizenCategory,
        String replyTo,
        String repostOf,
        String contentHash,
        List<String> maskedKinds,
        TextSignals signals,
        Origin origin) {

    public static SearchDocument of(AnalyzedDocument analyzed) {
        Document d = analyzed.document();
        var a = analyzed.analysis();
        return new SearchDocument(
                d.id(),
                d.kind().name().toLowerCase(),
                d.source(),
                d.sourceId(),
                d.url(),
                d.title(),
                d.text(),
                String.join(" ", words(a.tokens())),
                words(a.keywords()),
                a.topics(),
                a.topics().stream().map(TopicMatch::id).toList(),
                a.routing().leadUnit(),
                a.routing().responsibleUnits(),
                a.routing().reasons(),
                a.routing().unrouted(),
                a.region(),
                a.jurisdiction(),
                a.content(),
                a.sentiment(),
                a.risk(),
                a.simhash(),
                a.event(),
                d.publishedAt(),
                d.ingestedAt(),
                d.author(),
                d.engagement(),
                d.contact(),
                d.location(),
                d.citizenCategory(),
                d.replyTo(),
                d.repostOf(),
                d.contentHash(),
                d.maskedKinds(),
                d.signals(),
                d.origin());
    }

    /** The write that stores an analyzed document: its monthly index, its deterministic id. */
    public static IndexRequest indexRequest(AnalyzedDocument analyzed) {
        Document d = analyzed.document();
        return IndexRequest.index(
                IndexNames.documentIndex(d.publishedAt()),
                d.id(),
                org.huixiang.common.json.Json.toBytes(of(analyzed)));
    }

    /**
     * Tokens that can be indexed as terms: Lucene refuses a whole document for one term over 32,766
     * bytes, and a "word" of hundreds of characters (a run of letters, a pasted hash) is no word
     * anyone searches for.
     */
    static List<String> words(List<String> tokens) {
        return tokens.stream().filter(t -> t.length() <= MAX_WORD).toList();
    }

    /** The longest token kept as a searchable word, in chars. */
    static final int MAX_WORD = 64;
}
