package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.Duration;
import org.huixiang.common.model.RiskLevel;

/**
 * Raises an alert when one event (near-duplicate posts, see SimHash events) grows fast: at least
 * {@code minDocuments} documents of it within {@code within}.
 *
 * @param level the alert is raised at least at this level
 */
public record EventRule(
        String id, String description, int minDocuments, Duration within, RiskLevel level)
        implements Serializable {}
