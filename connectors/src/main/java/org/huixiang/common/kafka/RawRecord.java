package org.huixiang.common.kafka;

import java.io.Serializable;
import org.huixiang.common.model.Origin;

/**
 * A record exactly as read from a raw topic: its bytes, untouched, and where it came from. Parsing
 * happens inside the pipeline so a bad record becomes a dead letter instead of a failed source.
 */
public record RawRecord(Origin origin, byte[] value) implements Serializable {}
