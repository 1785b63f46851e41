package org.huixiang.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The cue words of sentiment and urgency, loaded from {@code sentiment-lexicon.tsv}: language
 * knowledge, not county knowledge, so it ships with the analyzer rather than in {@code seeds/}.
 */
public record SentimentLexicon(
        Map<String, Double> negative,
        Map<String, Double> positive,
        Map<String, Double> negation,
        Map<String, Double> degree,
        Map<String, Double> contrast,
        Map<String, Double> urgency) {

    public static SentimentLexicon load() {
        Map<String, Map<String, Double>> sections = new HashMap<>();
        try (InputStream in = SentimentLexicon.class.getResourceAsStream("sentiment-lexicon.tsv");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Double> current = null;
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && !line.contains("\t")) {
                    current =
                            sections.computeIfAbsent(
                                    line.substring(1, line.length() - 1), k -> new HashMap<>());
                    continue;
                }
                String[] parts = line.split("\t");
                if (current == null || parts.length != 2) {
                    throw new IllegalStateException(
                            "sentiment-lexicon.tsv line "
                                    + lineNo
                                    + ": expected 'term<TAB>weight'");
                }
                if (current.put(parts[0], Double.parseDouble(parts[1])) != null) {
                    throw new IllegalStateException(
                            "sentiment-lexicon.tsv line "
                                    + lineNo
                                    + ": '"
                                    + parts[0]
                                    + "' is listed twice in its section");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SentimentLexicon(
                Map.copyOf(sections.getOrDefault("negative", Map.of())),
                Map.copyOf(sections.getOrDefault("positive", Map.of())),
                Map.copyOf(sections.getOrDefault("negation", Map.of())),
                Map.copyOf(sections.getOrDefault("degree", Map.of())),
                Map.copyOf(sections.getOrDefault("contrast", Map.of())),
                Map.copyOf(sections.getOrDefault("urgency", Map.of())));
    }

    /** Every multi-character cue, for the segmenter's dictionary. */
    public java.util.Set<String> terms() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Map<String, Double> section : java.util.List.of(negative, positive, degree, urgency)) {
            section.keySet().stream()
                    .filter(t -> t.length() > 1 && !t.startsWith("["))
                    .forEach(all::add);
        }
        return all;
    }
}
