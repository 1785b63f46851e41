package org.huixiang.alerting.rules;

import org.huixiang.common.model.RiskLevel;

/** Comparisons of risk levels that tolerate a missing one. */
public final class RiskLevels {

    private RiskLevels() {}

    /** The more severe of two levels; null counts as no level. */
    public static RiskLevel moreSevere(RiskLevel a, RiskLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.atLeast(b) ? a : b;
    }
}
