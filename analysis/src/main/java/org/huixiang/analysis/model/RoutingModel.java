package org.huixiang.analysis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huixiang.common.seeds.Seeds;

/**
 * A trained routing classifier whose labels are turned into units: a label that is a unit name or
 * alias is that unit; any other label must be mapped (label → units, the first leads).
 */
public final class RoutingModel {

    /** What the model suggests for a text. */
    public record Suggestion(
            String leadUnit, String label, double probability, List<String> evidence) {}

    private final TextClassifier classifier;
    private final Map<String, String> leadByLabel;

    private RoutingModel(TextClassifier classifier, Map<String, String> leadByLabel) {
        this.classifier = classifier;
        this.leadByLabel = Map.copyOf(leadByLabel);
    }

    /**
     * @param labelMap label → unit names for labels that are not units themselves (may be empty)
     * @throws IllegalArgumentException naming every label that maps to no known unit
     */
    public static RoutingModel of(
            TextClassifier classifier, Seeds seeds, Map<String, List<String>> labelMap) {
        Map<String, String> lead = new java.util.HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String label : classifier.labels()) {
            String unit =
                    seeds.unitName(label)
                            .or(
                                    () ->
                                            labelMap.getOrDefault(label, List.of()).stream()
                                                    .findFirst()
                                                    .flatMap(seeds::unitName))
                            .orElse(null);
            if (unit == null) {
                problems.add(
                        "model label '"
                                + label
                                + "' is not a unit of seeds/units.yaml and has no entry in the label map");
            } else {
                lead.put(label, unit);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new RoutingModel(classifier, lead);
    }

    public Suggestion suggest(String text) {
        Prediction p = classifier.predict(text);
        return new Suggestion(leadByLabel.get(p.label()), p.label(), p.probability(), p.evidence());
    }
}
