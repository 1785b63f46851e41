package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.Duration;
import org.huixiang.common.model.RiskLevel;

/**
 * Raises an alert when the documents of one topic in one town within a {@code window} rise above
 * their own baseline: at least {@code minCount}, and more than mean + k·σ of the earlier windows of
 * the {@code baseline} period.
 *
 * @param level the level of the surge alert
 */
public record SurgeRule(
        String id,
        String description,
        Duration window,
        Duration baseline,
        double k,
        int minCount,
        RiskLevel level)
        implements Serializable {}
