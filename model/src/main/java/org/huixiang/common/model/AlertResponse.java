package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/** A unit's published response (回应/办结): what it said, where, and when. */
public record AlertResponse(String unit, String actor, String text, String link, Instant at)
        implements Serializable {}
