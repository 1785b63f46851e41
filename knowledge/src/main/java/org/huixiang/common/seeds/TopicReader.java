package org.huixiang.common.seeds;

import static org.huixiang.common.seeds.SeedLoader.TASKS;
import static org.huixiang.common.seeds.SeedLoader.TOPICS;
import static org.huixiang.common.seeds.SeedLoader.UNITS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code topics.yaml}: the policy topics with their weighted keywords, exclusions, units and
 * sensitivity. Problems go to the loader, which reports them all at once.
 */
final class TopicReader {

    private final SeedLoader loader;

    TopicReader(SeedLoader loader) {
        this.loader = loader;
    }

    List<Topic> topics(JsonNode root, Map<String, String> unitIndex, int taskRows) {
        List<Topic> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : loader.list(root, "topics", TOPICS)) {
            String id = loader.required(node, "id", TOPICS, "topics[]");
            if (id == null) {
                continue;
            }
            String entry = "topic " + id;
            if (!seen.add(id)) {
                loader.problem(TOPICS, entry, "id is used twice", "give each topic its own id");
            }
            String lead =
                    loader.resolveUnit(
                            unitIndex,
                            SeedLoader.text(node, "lead"),
                            TOPICS,
                            entry + ".lead",
                            "name a unit from " + UNITS);
            List<String> responsible = new ArrayList<>();
            for (String ref : SeedLoader.strings(node, "responsible")) {
                String unit =
                        loader.resolveUnit(
                                unitIndex,
                                ref,
                                TOPICS,
                                entry + ".responsible",
                                "name a unit from " + UNITS);
                if (unit != null && !responsible.contains(unit)) {
                    responsible.add(unit);
                }
            }
            Map<String, Double> keywords = new LinkedHashMap<>();
            node.path("keywords")
                    .fields()
                    .forEachRemaining(
                            e -> {
                                double weight = e.getValue().asDouble(Double.NaN);
                                if (!(weight > 0)) {
                                    loader.problem(
                                            TOPICS,
                                            entry,
                                            "keyword '"
                                                    + e.getKey()
                                                    + "' has weight '"
                                                    + e.getValue().asText()
                                                    + "'",
                                            "give it a positive number, e.g. 1.0");
                                } else {
                                    keywords.put(e.getKey(), weight);
                                }
                            });
            if (keywords.isEmpty()) {
                loader.problem(
                        TOPICS,
                        entry,
                        "has no keywords",
                        "add weighted keywords, e.g. keywords: {学校: 2.0}");
            }
            List<Integer> tasks = new ArrayList<>();
            for (JsonNode t : node.path("tasks")) {
                int row = t.asInt(-1);
                if (row < 1 || row > taskRows) {
                    loader.problem(
                            TOPICS,
                            entry + ".tasks",
                            "row '" + t.asText() + "' is not in " + TASKS,
                            "use row numbers 1.." + taskRows);
                } else {
                    tasks.add(row);
                }
            }
            Topic.Sensitivity sensitivity =
                    loader.enumValue(
                            Topic.Sensitivity.class,
                            node.path("sensitivity").asText("low"),
                            TOPICS,
                            entry + ".sensitivity");
            topics.add(
                    new Topic(
                            id,
                            loader.required(node, "name", TOPICS, entry),
                            node.path("description").asText(""),
                            lead,
                            responsible,
                            keywords,
                            SeedLoader.strings(node, "exclude"),
                            tasks,
                            sensitivity));
        }
        if (topics.isEmpty()) {
            loader.problem(TOPICS, "topics", "no topics defined", "define at least one topic");
        }
        return topics;
    }
}
