package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One post or citizen message after ingest: validated, normalized, personal data masked.
 *
 * @param id deterministic id, a hash of source and source id (see {@link DocumentIds})
 * @param source the platform or channel: weibo, wechat, douyin, news, forum, 12345, 留言板, …
 * @param text normalized, masked body text (title not included)
 * @param publishedAt when the author published it (event time)
 * @param ingestedAt when huixiang read it
 * @param contentHash hash of the normalized title and text, for exact-duplicate checks
 * @param maskedKinds kinds of personal data that were masked, e.g. {@code mobile}, {@code id_card}
 * @param signals links, mentions, hashtags and emoticons found in the text
 */
public record Document(
        String id,
        DocumentKind kind,
        String source,
        String sourceId,
        String url,
        String title,
        String text,
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
        Origin origin)
        implements Serializable {

    /**
     * A bare document holding only a text, for analyzing text that did not arrive through ingest
     * (the explain and eval commands, benchmarks).
     *
     * @param kind a post, or a citizen message (which came through one of the county's channels)
     */
    public static Document ofText(DocumentKind kind, String source, String text, String location) {
        Instant now = Instant.now();
        return new Document(
                source,
                kind,
                source,
                source,
                null,
                null,
                text,
                now,
                now,
                null,
                Engagement.NONE,
                null,
                location,
                null,
                null,
                null,
                "",
                List.of(),
                TextSignals.NONE,
                null);
    }

    /**
     * This document under another id, as published and read at {@code at}: a text of a replay in
     * the eval command.
     */
    public Document replayed(String sourceId, Instant at) {
        return new Document(
                DocumentIds.documentId(source, sourceId),
                kind,
                source,
                sourceId,
                url,
                title,
                text,
                at,
                at,
                author,
                engagement,
                contact,
                location,
                citizenCategory,
                replyTo,
                repostOf,
                contentHash,
                maskedKinds,
                signals,
                null);
    }

    /**
     * When the record reached huixiang's intake: its Kafka timestamp (for a replay of history, the
     * original time), else when it was ingested. The event time of everything that follows from the
     * document, alerts and deadlines included.
     */
    public Instant receivedAt() {
        return origin != null && origin.timestamp() > 0
                ? Instant.ofEpochMilli(origin.timestamp())
                : ingestedAt;
    }

    /** Title and text as one string, the unit of analysis. */
    public String fullText() {
        if (title == null || title.isBlank()) {
            return text;
        }
        return title + "\n" + text;
    }
}
