package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huixiang.analysis.severity.SeverityGrader;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.Topic;

/**
 * Risk as a sum of named contributions, each recorded as a reason: negativity, the sensitivity of
 * the topic, urgency words (casualties, explosions, mass gatherings), reach, source authority and
 * repeated complaints. The score (0..1) orders documents within a level; the level itself is set by
 * evidence ({@link org.huixiang.analysis.severity.SeverityGrader}), never by the score: an angry
 * post is not a grave one.
 */
public final class RiskAssessor {

    private static final List<String> REPEAT_WORDS = List.of("多次", "反复", "一再", "再次", "屡次", "多次反映");
    private static final Set<String> OFFICIAL_SOURCES = Set.of("news", "gov");

    private final Map<String, Topic> topicsById;
    private final Vocabulary.Column<Double> urgency;
    private final Vocabulary.Column<Boolean> repeatWord;

    /**
     * @param words where the urgency and repeat words go, for one lookup per token shared with the
     *     other parts
     */
    public RiskAssessor(List<Topic> topics, SentimentLexicon lexicon, Vocabulary.Builder words) {
        this.topicsById =
                topics.stream().collect(java.util.stream.Collectors.toMap(Topic::id, t -> t));
        this.urgency = words.add(lexicon.urgency());
        this.repeatWord = words.add(REPEAT_WORDS);
    }

    /**
     * @param grade the level and its evidence, from the severity grader
     */
    public Risk assess(
            Document document,
            Vocabulary.Lookup tokens,
            List<TopicMatch> topics,
            Sentiment sentiment,
            SeverityGrader.Grade grade) {
        double score = 0;
        List<String> reasons = new ArrayList<>();
        if (sentiment.score() < 0) {
            double negativity = 0.35 * Math.min(1.0, -sentiment.score() * 1.5);
            score += negativity;
            reasons.add(
                    "负面情绪 "
                            + Decimals.twoPlaces(sentiment.score())
                            + "（+"
                            + Decimals.twoPlaces(negativity)
                            + "）");
        }
        Topic.Sensitivity sensitivity =
                topics.stream()
                        .map(t -> topicsById.get(t.id()).sensitivity())
                        .max(Enum::compareTo)
                        .orElse(Topic.Sensitivity.LOW);
        if (sensitivity == Topic.Sensitivity.HIGH || sensitivity == Topic.Sensitivity.MEDIUM) {
            double add = sensitivity == Topic.Sensitivity.HIGH ? 0.2 : 0.08;
            String name =
                    topics.stream()
                            .filter(t -> topicsById.get(t.id()).sensitivity() == sensitivity)
                            .findFirst()
                            .map(TopicMatch::name)
                            .orElse("");
            score += add;
            reasons.add(
                    (sensitivity == Topic.Sensitivity.HIGH ? "敏感" : "关注")
                            + "领域「"
                            + name
                            + "」（+"
                            + Decimals.twoPlaces(add)
                            + "）");
        }
        double urgent = 0;
        List<String> urgentWords = new ArrayList<>();
        boolean repeated = false;
        for (int i = 0; i < tokens.size(); i++) {
            Double weight = tokens.get(i, urgency);
            // each urgency word counts once, in the order of its first appearance
            if (weight != null && !urgentWords.contains(tokens.token(i))) {
                urgent += weight;
                urgentWords.add(tokens.token(i));
            }
            repeated |= tokens.has(i, repeatWord);
        }
        if (urgent > 0) {
            urgent = Math.min(urgent, 0.5);
            score += urgent;
            reasons.add(
                    "紧急/重大事件用语 "
                            + String.join("、", urgentWords)
                            + "（+"
                            + Decimals.twoPlaces(urgent)
                            + "）");
        }
        long interactions = document.engagement().interactions();
        long views = document.engagement().views();
        double reach = Math.min(0.2, Math.log10(1 + interactions + views / 100.0) / 20);
        if (reach >= 0.05) {
            score += reach;
            reasons.add(
                    "传播：互动 "
                            + interactions
                            + "、阅读 "
                            + views
                            + "（+"
                            + Decimals.twoPlaces(reach)
                            + "）");
        }
        boolean authoritative =
                OFFICIAL_SOURCES.contains(document.source())
                        || (document.author() != null
                                && document.author().verified()
                                && document.author().followers() >= 100_000);
        if (authoritative) {
            score += 0.1;
            reasons.add("来源为媒体或认证大V（+0.10）");
        }
        if (repeated) {
            score += 0.1;
            reasons.add("多次反映未解决（+0.10）");
        }
        return risk(score, reasons, grade.level(), grade.evidence());
    }

    /**
     * Raises a risk for a citizen who wrote before within the window: +0.10 per earlier message, at
     * most +0.20, with the reason.
     */
    public static Risk repeated(Risk risk, int earlierMessages, int windowDays) {
        if (earlierMessages <= 0) {
            return risk;
        }
        double add = Math.min(0.2, 0.1 * earlierMessages);
        List<String> reasons = new ArrayList<>(risk.reasons());
        reasons.add(
                String.format("同一群众 %d 天内第 %d 次反映（+%.2f）", windowDays, earlierMessages + 1, add));
        return risk(risk.score() + add, reasons, risk.level(), risk.levelEvidence());
    }

    private static Risk risk(
            double score, List<String> reasons, RiskLevel level, List<String> evidence) {
        double capped = Math.min(1.0, score);
        return new Risk(Math.round(capped * 1000) / 1000.0, level, reasons, evidence);
    }
}
