package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One revision of an alert. Revisions only grow; the Elasticsearch copy uses the revision as its
 * external version, so an older revision never overwrites a newer one.
 *
 * @param why the rules that fired and the terms that matched, in words a person reads
 * @param matchedTerms the taxonomy terms behind the alert
 */
public record Alert(
        String id,
        long revision,
        String kind,
        RiskLevel level,
        String title,
        List<String> why,
        List<String> matchedTerms,
        List<String> topics,
        List<AlertDocument> documents,
        String firstSource,
        int similarCount,
        String region,
        String leadUnit,
        List<String> responsibleUnits,
        Instant openedAt,
        Deadlines deadlines,
        AlertState state,
        Instant updatedAt)
        implements Serializable {}
