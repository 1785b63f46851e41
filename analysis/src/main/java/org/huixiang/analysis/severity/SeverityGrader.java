package org.huixiang.analysis.severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.seeds.SeverityPolicy;
import org.huixiang.common.seeds.SeverityPolicy.Evidence;

/**
 * Sets a document's level from evidence against the criteria of {@code severity.yaml}: the counts
 * its text gives, its reach, and whether anyone corroborates it. Without a criterion met the level
 * is IV; every level states what set it.
 */
public final class SeverityGrader {

    /** Sources that are news or the government: what they report is corroborated. */
    private static final Set<String> AUTHORITATIVE = Set.of("news", "gov");

    /** A verified account with at least this many followers reports like a medium. */
    static final long MEDIA_FOLLOWERS = 100_000;

    private final SeverityPolicy policy;

    /** The level and the evidence that set it, one sentence each. */
    public record Grade(RiskLevel level, List<String> evidence) {}

    public SeverityGrader(SeverityPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param text the words the document is judged on
     * @param graded false for documents that are no appeal and no incident report: their counts (a
     *     drill, a yearly summary) are no harm happening now
     */
    public Grade grade(Document document, String text, boolean graded, String notGradedWhy) {
        if (!graded) {
            return new Grade(RiskLevel.IV, List.of("一般：" + notGradedWhy));
        }
        Map<Evidence, CountedEvidence.Count> counts = CountedEvidence.in(text);
        RiskLevel level = RiskLevel.IV;
        List<String> evidence = new ArrayList<>();
        List<SeverityPolicy.Criterion> bySeverity =
                policy.criteria().stream()
                        .sorted(Comparator.comparing(SeverityPolicy.Criterion::level))
                        .toList();
        for (CountedEvidence.Count count : counts.values()) {
            SeverityPolicy.Criterion met =
                    bySeverity.stream()
                            .filter(c -> c.evidence() == count.evidence())
                            .filter(c -> count.count() >= c.atLeast())
                            .findFirst()
                            .orElse(null);
            String seen =
                    count.evidence().chinese() + " " + count.count() + " 人「" + count.words() + "」";
            if (met == null) {
                evidence.add(seen + "：未达较大及以上标准");
                continue;
            }
            evidence.add(seen + "：" + met.level().chinese() + "（" + met.source() + "）");
            level = moreSevere(level, met.level());
        }
        long reach = document.engagement().interactions() + document.engagement().views() / 100;
        SeverityPolicy.Spread spread = policy.spread();
        if (reach >= spread.minInteractions()) {
            evidence.add(
                    "传播：互动 "
                            + reach
                            + "："
                            + spread.level().chinese()
                            + "（"
                            + spread.source()
                            + "）");
            level = moreSevere(level, spread.level());
        }
        if (level == RiskLevel.IV) {
            evidence.add("一般：未见伤亡人数、聚集规模、疏散人数或传播量达到较大及以上标准");
        }
        RiskLevel cap = policy.uncorroboratedAtMost();
        boolean beyondCap = level.atLeast(cap) && level != cap;
        if (!beyondCap || corroborated(document)) {
            return new Grade(level, evidence);
        }
        evidence.add("单条个人信息，未经媒体或政府来源证实：按 " + cap + " 级（" + cap.chinese() + "）处理，同一事件的媒体报道到来后升级");
        return new Grade(cap, evidence);
    }

    /** True for news and government sources and for verified accounts with a large following. */
    static boolean corroborated(Document document) {
        return AUTHORITATIVE.contains(document.source())
                || (document.author() != null
                        && document.author().verified()
                        && document.author().followers() >= MEDIA_FOLLOWERS);
    }

    private static RiskLevel moreSevere(RiskLevel a, RiskLevel b) {
        return a.atLeast(b) ? a : b;
    }
}
