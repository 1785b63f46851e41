package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads {@code analysis} into {@link AnalysisSettings}. Apart because the models are files written
 * by {@code huixiang train}: each fix says which command makes the one that is missing.
 */
final class AnalysisSection {

    static final Set<String> KEYS =
            Set.of(
                    "routing_model",
                    "routing_label_map",
                    "sentiment_model",
                    "sentiment_negative_label");

    private AnalysisSection() {}

    /** Trained models and their label maps, all optional. */
    static AnalysisSettings read(ConfigSource source) {
        JsonNode analysis = source.at("analysis");
        return new AnalysisSettings(
                source.readableFile(
                        analysis,
                        "analysis.routing_model",
                        null,
                        "a model written by `huixiang train routing --out`"),
                source.readableFile(
                        analysis,
                        "analysis.routing_label_map",
                        null,
                        "a YAML file: model label → [unit, …]"),
                source.readableFile(
                        analysis,
                        "analysis.sentiment_model",
                        null,
                        "a model written by `huixiang train sentiment --out`"),
                analysis.path("sentiment_negative_label").asText("0"));
    }
}
