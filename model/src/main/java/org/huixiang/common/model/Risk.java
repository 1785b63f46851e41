package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/**
 * The risk of a document: a score in 0..1 that orders documents of one level, the level, and why.
 *
 * @param reasons the contributions to the score
 * @param levelEvidence what set the level: casualties, the size of a gathering, spread, each with
 *     the criterion it meets; for level IV, that no criterion of a higher level was met
 */
public record Risk(double score, RiskLevel level, List<String> reasons, List<String> levelEvidence)
        implements Serializable {

    public Risk {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        levelEvidence = levelEvidence == null ? List.of() : List.copyOf(levelEvidence);
    }
}
