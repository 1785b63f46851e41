package org.huixiang.ingest.parse;

import org.huixiang.common.model.Document;

/** The result of parsing one raw record: a document, or a rejection with a precise reason. */
public sealed interface ParseOutcome {

    /** The record became a document. */
    record Parsed(Document document) implements ParseOutcome {}

    /**
     * The record cannot be used.
     *
     * @param reason a stable code for counting and alerting, e.g. {@code missing_field}
     * @param detail what exactly is wrong, naming the field
     */
    record Rejected(String reason, String detail) implements ParseOutcome {}
}
