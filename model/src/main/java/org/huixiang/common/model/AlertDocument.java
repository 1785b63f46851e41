package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/** A document that contributed to an alert, as much of it as the alert needs to show. */
public record AlertDocument(String id, String source, String title, String url, Instant publishedAt)
        implements Serializable {

    public static AlertDocument of(Document document) {
        return new AlertDocument(
                document.id(),
                document.source(),
                document.title(),
                document.url(),
                document.publishedAt());
    }
}
