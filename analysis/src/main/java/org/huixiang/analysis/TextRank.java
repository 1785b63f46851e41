package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TextRank keywords (Mihalcea and Tarau, 2004) over tokens already segmented: candidate words are
 * linked when they occur within a small window of each other, and PageRank over that graph ranks
 * the words the text keeps coming back to.
 */
public final class TextRank {

    private static final int WINDOW = 5;
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;
    private static final double CONVERGED = 1e-4;
    private static final double TIE = 1e-9;

    private TextRank() {}

    /**
     * The top {@code count} candidates, best first. Words are numbered and the graph is held in
     * arrays: this runs once per document, and maps and sets of boxed numbers made it the
     * analyzer's most expensive step after segmentation.
     */
    public static List<String> keywords(List<String> candidates, int count, Set<String> boosted) {
        Map<String, Integer> index = new HashMap<>();
        List<String> words = new ArrayList<>();
        int[] ids = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Integer id = index.putIfAbsent(candidates.get(i), words.size());
            if (id == null) {
                id = words.size();
                words.add(candidates.get(i));
            }
            ids[i] = id;
        }
        int n = words.size();
        Graph graph = Graph.of(ids, n);
        double[] score = new double[n];
        Arrays.fill(score, 1.0);
        double[] next = new double[n];
        // what each word passes to each of its neighbours, divided once per word, not per edge
        double[] share = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int w = 0; w < n; w++) {
                int degree = graph.degree(w);
                share[w] = degree == 0 ? 0 : score[w] / degree;
            }
            double change = 0;
            for (int w = 0; w < n; w++) {
                double sum = 0;
                for (int k = graph.from[w]; k < graph.from[w + 1]; k++) {
                    sum += share[graph.adjacent[k]];
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
        return best(words, score, count);
    }

    /**
     * Each word's distinct neighbours within the window, the words at most {@code WINDOW - 1}
     * places from any of its occurrences, in one flat array: those of word {@code w} are {@code
     * adjacent[from[w]]} up to {@code adjacent[from[w + 1]]}. One array for the whole graph, not
     * one per word: the graph is built for every document.
     */
    private record Graph(int[] from, int[] adjacent) {

        int degree(int w) {
            return from[w + 1] - from[w];
        }

        /**
         * Occurrences are grouped by word first (a counting sort of positions), so each word's
         * neighbours are collected in one sweep; a neighbour is recorded once per word, however
         * often the two meet.
         */
        static Graph of(int[] ids, int n) {
            int[] start = new int[n + 1];
            for (int id : ids) {
                start[id + 1]++;
            }
            for (int w = 0; w < n; w++) {
                start[w + 1] += start[w];
            }
            int[] positions = new int[ids.length];
            int[] filled = Arrays.copyOf(start, n);
            for (int i = 0; i < ids.length; i++) {
                positions[filled[ids[i]]++] = i;
            }
            int[] seenBy = new int[n];
            Arrays.fill(seenBy, -1);
            int[] from = new int[n + 1];
            // each occurrence has at most 2 * (WINDOW - 1) words around it
            int[] adjacent = new int[ids.length * 2 * (WINDOW - 1)];
            int edges = 0;
            for (int w = 0; w < n; w++) {
                from[w] = edges;
                for (int k = start[w]; k < start[w + 1]; k++) {
                    int i = positions[k];
                    int end = Math.min(ids.length, i + WINDOW);
                    for (int j = Math.max(0, i - WINDOW + 1); j < end; j++) {
                        int other = ids[j];
                        if (other != w && seenBy[other] != w) {
                            seenBy[other] = w;
                            adjacent[edges++] = other;
                        }
                    }
                }
            }
            from[n] = edges;
            return new Graph(from, adjacent);
        }
    }

    /**
     * The {@code count} best-scored words; scores within {@code TIE} of each other are ties, won by
     * the word that comes first in the text (titles and openings say what a text is about), so the
     * order of floating-point sums never decides between words the graph scores alike.
     */
    private static List<String> best(List<String> words, double[] score, int count) {
        boolean[] taken = new boolean[words.size()];
        List<String> best = new ArrayList<>(Math.min(count, words.size()));
        while (best.size() < Math.min(count, words.size())) {
            int top = -1;
            for (int w = 0; w < words.size(); w++) {
                if (!taken[w] && (top < 0 || better(w, top, score))) {
                    top = w;
                }
            }
            taken[top] = true;
            best.add(words.get(top));
        }
        return best;
    }

    private static boolean better(int w, int than, double[] score) {
        double difference = score[w] - score[than];
        if (Math.abs(difference) > TIE) {
            return difference > 0;
        }
        // words are numbered in order of first occurrence
        return w < than;
    }
}
