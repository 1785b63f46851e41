package org.huixiang.analysis.model;

import java.util.List;

/**
 * A model's answer for one text.
 *
 * @param probability the model's probability of {@code label}, 0..1
 * @param evidence the n-grams that pushed most towards the label, strongest first
 */
public record Prediction(String label, double probability, List<String> evidence) {}
