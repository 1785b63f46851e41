package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TextRank keywords (Mihalcea and Tarau, 2004) over tokens already segmented: candidate words are
 * linked when they occur within a small window of each other, and PageRank over that graph ranks
 * the words the text keeps coming back to.
 */
final class TextRank {

    private static final int WINDOW = 5;
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;
    private static final double CONVERGED = 1e-4;

    private TextRank() {}

    /** The top {@code count} candidates, best first. */
    static List<String> keywords(List<String> candidates, int count, Set<String> boosted) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String word = candidates.get(i);
            graph.computeIfAbsent(word, k -> new java.util.LinkedHashSet<>());
            for (int j = i + 1; j < Math.min(candidates.size(), i + WINDOW); j++) {
                String other = candidates.get(j);
                if (!other.equals(word)) {
                    graph.get(word).add(other);
                    graph.computeIfAbsent(other, k -> new java.util.LinkedHashSet<>()).add(word);
                }
            }
        }
        Map<String, Double> score = new HashMap<>();
        graph.keySet().forEach(w -> score.put(w, 1.0));
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Map<String, Double> next = new HashMap<>();
            double change = 0;
            for (Map.Entry<String, Set<String>> node : graph.entrySet()) {
                double sum = 0;
                for (String neighbour : node.getValue()) {
                    sum += score.get(neighbour) / graph.get(neighbour).size();
                }
                double value = (1 - DAMPING) + DAMPING * sum;
                change = Math.max(change, Math.abs(value - score.get(node.getKey())));
                next.put(node.getKey(), value);
            }
            score.putAll(next);
            if (change < CONVERGED) {
                break;
            }
        }
        // county terms (unit names, towns, policy terms) are what a reader scans for first
        boosted.stream().filter(score::containsKey).forEach(w -> score.merge(w, 1.5, Double::sum));
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
        ranked.sort(
                Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(count).map(Map.Entry::getKey).toList();
    }
}
