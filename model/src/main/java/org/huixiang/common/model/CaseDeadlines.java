package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * When a case's lead unit must act: 签收 (acknowledge) and 办结 with a reply to the citizen (respond).
 */
public record CaseDeadlines(Instant acknowledge, Instant respond) implements Serializable {}
