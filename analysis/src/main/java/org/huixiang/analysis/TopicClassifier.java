package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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

    /**
     * Each keyword's topics, so a document costs a lookup per distinct word instead of one per
     * keyword of every topic.
     */
    private final Map<String, List<Posting>> postings = new HashMap<>();

    private final Vocabulary.Column<List<Posting>> postingsOfToken;

    /** A keyword in a topic: its weight and its place in the topic's list (ties keep it). */
    private record Posting(int topic, int place, double weight) {}

    /** A keyword found in the document, with its place in its topic's list. */
    private record Found(int place, TermHit hit) {}

    /**
     * @param words where the keywords go, for one lookup per token shared with the other parts
     */
    public TopicClassifier(List<Topic> topics, Vocabulary.Builder words) {
        this.topics = List.copyOf(topics);
        this.keywordsInside =
                new TermsInside(
                        topics.stream().flatMap(t -> t.keywords().keySet().stream()).toList());
        for (int t = 0; t < this.topics.size(); t++) {
            int place = 0;
            for (Map.Entry<String, Double> keyword : this.topics.get(t).keywords().entrySet()) {
                postings.computeIfAbsent(keyword.getKey(), k -> new ArrayList<>())
                        .add(new Posting(t, place++, keyword.getValue()));
            }
        }
        this.postingsOfToken = words.add(postings);
    }

    public List<TopicMatch> classify(Vocabulary.Lookup tokens, String text) {
        List<List<Found>> found = new ArrayList<>(Collections.nCopies(topics.size(), null));
        for (Map.Entry<String, Integer> counted : keywordCounts(tokens).entrySet()) {
            for (Posting posting : postings.getOrDefault(counted.getKey(), List.of())) {
                if (found.get(posting.topic()) == null) {
                    found.set(posting.topic(), new ArrayList<>());
                }
                found.get(posting.topic())
                        .add(
                                new Found(
                                        posting.place(),
                                        new TermHit(
                                                counted.getKey(),
                                                posting.weight(),
                                                counted.getValue())));
            }
        }
        List<TopicMatch> matches = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            List<Found> hitsOfTopic = found.get(t);
            if (hitsOfTopic == null) {
                continue;
            }
            // in the topic's keyword order, so scores add up exactly as the topic lists them
            hitsOfTopic.sort(Comparator.comparingInt(Found::place));
            double score = 0;
            List<TermHit> hits = new ArrayList<>(hitsOfTopic.size());
            for (Found f : hitsOfTopic) {
                score += f.hit().weight() * Math.min(f.hit().count(), MAX_COUNT_PER_TERM);
                hits.add(f.hit());
            }
            Topic topic = topics.get(t);
            if (score >= MIN_SCORE && topic.exclude().stream().noneMatch(text::contains)) {
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

    /**
     * Counts the keywords among the tokens, and those inside compound tokens (小区物业 → 小区, 物业); other
     * words cannot score and are not counted.
     */
    private Map<String, Integer> keywordCounts(Vocabulary.Lookup tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.has(i, postingsOfToken)) {
                counts.merge(tokens.token(i), 1, Integer::sum);
                continue;
            }
            for (String keyword : keywordsInside.in(tokens.token(i))) {
                counts.merge(keyword, 1, Integer::sum);
            }
        }
        return counts;
    }
}
