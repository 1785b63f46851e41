package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.List;
import org.huixiang.common.model.RiskLevel;

/**
 * What sets a document's level, from {@code severity.yaml}: counted evidence against the national
 * grading (casualties, gatherings, evacuations) and the spread of a post.
 *
 * @param criteria the thresholds, each with its source
 * @param spread the level a post's reach alone sets
 * @param uncorroboratedAtMost the most severe level a single personal post reaches on its own words
 */
public record SeverityPolicy(
        List<Criterion> criteria, Spread spread, RiskLevel uncorroboratedAtMost)
        implements Serializable {

    public SeverityPolicy {
        criteria = List.copyOf(criteria);
    }

    /** What a text can count. */
    public enum Evidence {
        DEATHS("死亡（含失踪）"),
        INJURIES("受伤"),
        TRAPPED("被困"),
        GATHERING("聚集"),
        EVACUATED("疏散转移");

        private final String chinese;

        Evidence(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** A count of {@code evidence} of at least {@code atLeast} sets {@code level}. */
    public record Criterion(Evidence evidence, RiskLevel level, int atLeast, String source)
            implements Serializable {}

    /** Interactions (reposts, comments, likes, views / 100) of at least this set {@code level}. */
    public record Spread(RiskLevel level, long minInteractions, String source)
            implements Serializable {}
}
