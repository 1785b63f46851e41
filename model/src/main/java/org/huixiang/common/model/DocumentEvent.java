package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * The event a document belongs to: documents that are near-duplicates of each other (SimHash within
 * a few bits, inside a time window) share one event, named after its first document.
 *
 * @param firstSource where the earliest published document of the event so far appeared (首发)
 * @param firstSeen when that document was published
 * @param similarCount how many other documents of the event came before this one
 */
public record DocumentEvent(String id, String firstSource, Instant firstSeen, int similarCount)
        implements Serializable {}
