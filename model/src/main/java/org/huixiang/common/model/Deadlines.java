package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * When the responsible units must act. {@code authoritativeRelease} (5 h, 国办发〔2016〕80号) and {@code
 * pressConference} (24 h, 国办发〔2016〕61号) are set only for levels I and II.
 */
public record Deadlines(
        Instant acknowledge, Instant respond, Instant authoritativeRelease, Instant pressConference)
        implements Serializable {}
