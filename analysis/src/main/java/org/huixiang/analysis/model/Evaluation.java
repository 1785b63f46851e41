package org.huixiang.analysis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix of predictions against
 * gold labels. Classes are the gold labels; a prediction outside them (e.g. "unrouted") counts as
 * wrong and appears as its own column of the confusion matrix.
 */
public record Evaluation(
        int n,
        double accuracy,
        double macroF1,
        Map<String, ClassScores> perClass,
        Map<String, Map<String, Integer>> confusion) {

    /** Scores of one class. */
    public record ClassScores(double precision, double recall, double f1, int support) {}

    public static Evaluation of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size() || gold.isEmpty()) {
            throw new IllegalArgumentException(
                    "need as many predictions as gold labels, and at least one");
        }
        TreeSet<String> classes = new TreeSet<>(gold);
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            confusion
                    .computeIfAbsent(gold.get(i), k -> new TreeMap<>())
                    .merge(predicted.get(i), 1, Integer::sum);
            if (gold.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        Map<String, ClassScores> perClass = new TreeMap<>();
        List<Double> f1s = new ArrayList<>();
        for (String c : classes) {
            int tp = confusion.getOrDefault(c, Map.of()).getOrDefault(c, 0);
            int support =
                    confusion.getOrDefault(c, Map.of()).values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
            int predictedAs = 0;
            for (Map<String, Integer> row : confusion.values()) {
                predictedAs += row.getOrDefault(c, 0);
            }
            double precision = predictedAs == 0 ? 0 : (double) tp / predictedAs;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(c, new ClassScores(precision, recall, f1, support));
            f1s.add(f1);
        }
        double macro = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Evaluation(
                gold.size(), (double) correct / gold.size(), macro, perClass, confusion);
    }
}
