package org.huixiang.common.config;

import java.io.Serializable;

/**
 * Trained models the analysis stage uses beside the taxonomy and the lexicon; all optional. Paths
 * must be readable where the job's tasks run.
 *
 * @param routingModel a model from {@code huixiang train routing}, or null
 * @param routingLabelMap YAML mapping model labels that are not unit names to units, or null
 * @param sentimentModel a model from {@code huixiang train sentiment}, or null
 * @param sentimentNegativeLabel the sentiment model's label for negative texts
 */
public record AnalysisSettings(
        String routingModel,
        String routingLabelMap,
        String sentimentModel,
        String sentimentNegativeLabel)
        implements Serializable {

    public static AnalysisSettings none() {
        return new AnalysisSettings(null, null, null, "0");
    }
}
