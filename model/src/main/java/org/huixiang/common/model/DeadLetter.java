package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * A record that could not be processed: why, where it came from, and its original bytes, so an
 * operator can fix and replay it. Nothing is dropped silently; everything unusable ends up here.
 *
 * @param reason a stable machine-readable code, e.g. {@code malformed_json}, {@code missing_field}
 * @param detail a human-readable explanation naming the field or the parse position
 * @param stage the stage that rejected it: ingest, index, alert
 * @param raw the original bytes as read, or the serialized record for later stages
 */
public record DeadLetter(
        String reason, String detail, String stage, Origin origin, byte[] raw, Instant at)
        implements Serializable {}
