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
     * A document built field by field (the parser, tools, tests). What is not set stays empty: no
     * engagement, no signals, nothing masked, an empty content hash; the rest null.
     *
     * @param id the document's id; for one that came through ingest, {@link DocumentIds#documentId}
     *     of source and source id
     */
    public static Builder builder(String id, DocumentKind kind, String source, String sourceId) {
        return new Builder(id, kind, source, sourceId);
    }

    /**
     * A bare document holding only a text, for analyzing text that did not arrive through ingest
     * (the explain and eval commands, benchmarks).
     *
     * @param kind a post, or a citizen message (which came through one of the county's channels)
     */
    public static Document ofText(DocumentKind kind, String source, String text, String location) {
        Instant now = Instant.now();
        return builder(source, kind, source, source)
                .text(text)
                .publishedAt(now)
                .ingestedAt(now)
                .location(location)
                .build();
    }

    /**
     * This document under another id, as published and read at {@code at}: a text of a replay in
     * the eval command.
     */
    public Document replayed(String sourceId, Instant at) {
        return new Builder(DocumentIds.documentId(source, sourceId), kind, source, sourceId)
                .url(url)
                .title(title)
                .text(text)
                .publishedAt(at)
                .ingestedAt(at)
                .author(author)
                .engagement(engagement)
                .contact(contact)
                .location(location)
                .citizenCategory(citizenCategory)
                .replyTo(replyTo)
                .repostOf(repostOf)
                .contentHash(contentHash)
                .maskedKinds(maskedKinds)
                .signals(signals)
                .build();
    }

    /** Builds a {@link Document}; see {@link Document#builder}. */
    public static final class Builder {
        private final String id;
        private final DocumentKind kind;
        private final String source;
        private final String sourceId;
        private String url;
        private String title;
        private String text;
        private Instant publishedAt;
        private Instant ingestedAt;
        private Author author;
        private Engagement engagement = Engagement.NONE;
        private Contact contact;
        private String location;
        private String citizenCategory;
        private String replyTo;
        private String repostOf;
        private String contentHash = "";
        private List<String> maskedKinds = List.of();
        private TextSignals signals = TextSignals.NONE;
        private Origin origin;

        private Builder(String id, DocumentKind kind, String source, String sourceId) {
            this.id = id;
            this.kind = kind;
            this.source = source;
            this.sourceId = sourceId;
        }

        public Builder url(String value) {
            url = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder publishedAt(Instant value) {
            publishedAt = value;
            return this;
        }

        public Builder ingestedAt(Instant value) {
            ingestedAt = value;
            return this;
        }

        /** Published and read at the same moment. */
        public Builder at(Instant value) {
            return publishedAt(value).ingestedAt(value);
        }

        public Builder author(Author value) {
            author = value;
            return this;
        }

        public Builder engagement(Engagement value) {
            engagement = value;
            return this;
        }

        public Builder contact(Contact value) {
            contact = value;
            return this;
        }

        public Builder location(String value) {
            location = value;
            return this;
        }

        public Builder citizenCategory(String value) {
            citizenCategory = value;
            return this;
        }

        public Builder replyTo(String value) {
            replyTo = value;
            return this;
        }

        public Builder repostOf(String value) {
            repostOf = value;
            return this;
        }

        public Builder contentHash(String value) {
            contentHash = value;
            return this;
        }

        public Builder maskedKinds(List<String> value) {
            maskedKinds = value;
            return this;
        }

        public Builder signals(TextSignals value) {
            signals = value;
            return this;
        }

        public Builder origin(Origin value) {
            origin = value;
            return this;
        }

        public Document build() {
            return new Document(
                    id,
                    kind,
                    source,
                    sourceId,
                    url,
                    title,
                    text,
                    publishedAt,
                    ingestedAt,
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
                    origin);
        }
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
