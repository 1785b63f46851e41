package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.common.model.TermHit;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.Topic;

/**
 * Assigns taxonomy topics from tokens: each keyword token adds its weight (at most three times, so
 * one repeated word cannot dominate); an exclusion word anywhere in the text vetoes the topic. A
 * topic counts when its score reaches {@link #MIN_SCORE} (one decisive keyword, or a strong and a
 * supporting one) and at least half the best topic's score. At most three topics per document.
 */
public final class TopicClassifier {

    static final double MIN_SCORE = 3.0;
    private static final int MAX_TOPICS = 3;
    private static final int MAX_COUNT_PER_TERM = 3;

    private final List<Topic> topics;
    private final TermsInside keywordsInside;

    public TopicClassifier(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        this.keywordsInside =
                new TermsInside(
                        topics.stream().flatMap(t -> t.keywords().keySet().stream()).toList());
    }

    public List<TopicMatch> classify(List<String> tokens, String text) {
        Map<String, Integer> counts = keywordCounts(tokens);
        List<TopicMatch> matches = new ArrayList<>();
        for (Topic topic : topics) {
            if (topic.exclude().stream().anyMatch(text::contains)) {
                continue;
            }
            double score = 0;
            List<TermHit> hits = new ArrayList<>();
            for (Map.Entry<String, Double> keyword : topic.keywords().entrySet()) {
                Integer count = counts.get(keyword.getKey());
                if (count != null) {
                    score += keyword.getValue() * Math.min(count, MAX_COUNT_PER_TERM);
                    hits.add(new TermHit(keyword.getKey(), keyword.getValue(), count));
                }
            }
            if (score >= MIN_SCORE) {
                hits.sort(Comparator.comparingDouble((TermHit h) -> -h.weight() * h.count()));
                matches.add(new TopicMatch(topic.id(), topic.name(), score, List.copyOf(hits)));
            }
        }
        matches.sort(Comparator.comparingDouble(TopicMatch::score).reversed());
        if (matches.isEmpty()) {
            return List.of();
        }
        double best = matches.get(0).score();
        return matches.stream().filter(m -> m.score() >= best / 2).limit(MAX_TOPICS).toList();
    }

    /** Counts tokens, and the keywords inside compound tokens (小区物业 → 小区, 物业). */
    private Map<String, Integer> keywordCounts(List<String> tokens) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String token : tokens) {
            counts.merge(token, 1, Integer::sum);
            keywordsInside.in(token).forEach(keyword -> counts.merge(keyword, 1, Integer::sum));
        }
        return counts;
    }
}
