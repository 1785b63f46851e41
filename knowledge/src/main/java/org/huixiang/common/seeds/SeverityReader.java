package org.huixiang.common.seeds;

import static org.huixiang.common.seeds.SeedLoader.SEVERITY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.common.model.RiskLevel;

/** Reads {@code severity.yaml}. Problems go to the loader, which reports them all at once. */
final class SeverityReader {

    private final SeedLoader loader;

    SeverityReader(SeedLoader loader) {
        this.loader = loader;
    }

    SeverityPolicy policy(JsonNode root) {
        List<SeverityPolicy.Criterion> criteria = new ArrayList<>();
        int index = 0;
        for (JsonNode node : loader.list(root, "criteria", SEVERITY)) {
            String entry = "criteria[" + index++ + "]";
            SeverityPolicy.Evidence evidence =
                    loader.enumValue(
                            SeverityPolicy.Evidence.class,
                            node.path("evidence").asText(""),
                            SEVERITY,
                            entry + ".evidence");
            RiskLevel level = level(node, "level", entry);
            int atLeast = node.path("at_least").asInt(0);
            if (atLeast < 1) {
                loader.problem(
                        SEVERITY,
                        entry + ".at_least",
                        "is missing or below 1",
                        "write the smallest count that meets the criterion, e.g. at_least: 10");
            }
            String source = loader.required(node, "source", SEVERITY, entry);
            if (evidence != null && level != null && source != null) {
                criteria.add(new SeverityPolicy.Criterion(evidence, level, atLeast, source));
            }
        }
        JsonNode spread = root.path("spread");
        long minInteractions = spread.path("min_interactions").asLong(0);
        if (minInteractions < 1) {
            loader.problem(
                    SEVERITY,
                    "spread.min_interactions",
                    "is missing or below 1",
                    "write the interactions that make a post's reach alone grave, e.g. 10000");
        }
        return new SeverityPolicy(
                criteria,
                new SeverityPolicy.Spread(
                        level(spread, "level", "spread"),
                        minInteractions,
                        loader.required(spread, "source", SEVERITY, "spread")),
                level(root, "uncorroborated_at_most", "(file)"));
    }

    private RiskLevel level(JsonNode node, String field, String entry) {
        return loader.enumValue(
                RiskLevel.class, node.path(field).asText(""), SEVERITY, entry + "." + field);
    }
}
