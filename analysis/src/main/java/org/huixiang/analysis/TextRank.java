package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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

    /**
     * The top {@code count} candidates, best first. Words are numbered and the graph is held in
     * arrays: this runs once per document, and maps keyed by strings made it the analyzer's most
     * expensive step after segmentation.
     */
    static List<String> keywords(List<String> candidates, int count, Set<String> boosted) {
        Map<String, Integer> index = new HashMap<>();
        List<String> words = new ArrayList<>();
        int[] ids = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            ids[i] =
                    index.computeIfAbsent(
                            candidates.get(i),
                            w -> {
                                words.add(w);
                                return words.size() - 1;
                            });
        }
        int n = words.size();
        List<Set<Integer>> links = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            links.add(new HashSet<>());
        }
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < Math.min(ids.length, i + WINDOW); j++) {
                if (ids[i] != ids[j]) {
                    links.get(ids[i]).add(ids[j]);
                    links.get(ids[j]).add(ids[i]);
                }
            }
        }
        int[][] neighbours = new int[n][];
        for (int w = 0; w < n; w++) {
            neighbours[w] = links.get(w).stream().mapToInt(Integer::intValue).toArray();
        }
        double[] score = new double[n];
        Arrays.fill(score, 1.0);
        double[] next = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double change = 0;
            for (int w = 0; w < n; w++) {
                double sum = 0;
                for (int neighbour : neighbours[w]) {
                    sum += score[neighbour] / neighbours[neighbour].length;
                }
                next[w] = (1 - DAMPING) + DAMPING * sum;
                change = Math.max(change, Math.abs(next[w] - score[w]));
            }
            double[] previous = score;
            score = next;
            next = previous;
            if (change < CONVERGED) {
                break;
            }
        }
        // county terms (unit names, towns, policy terms) are what a reader scans for first
        for (int w = 0; w < n; w++) {
            if (boosted.contains(words.get(w))) {
                score[w] += 1.5;
            }
        }
        double[] ranked = score;
        return IntStream.range(0, n)
                .boxed()
                .sorted(
                        Comparator.<Integer>comparingDouble(w -> -ranked[w])
                                .thenComparing(words::get))
                .limit(count)
                .map(words::get)
                .toList();
    }
}
