package org.huixiang.common.seeds;

import static org.huixiang.common.seeds.SeedLoader.RULES;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Sentiment;

/**
 * Reads the alert rules of {@code rules.yaml}: document rules, the watch list, event rules and
 * surge rules. Problems go to the loader, which reports them all at once.
 */
final class RulesReader {

    private final SeedLoader loader;
    private final Set<String> topicIds = new HashSet<>();
    private final Set<String> towns = new HashSet<>();
    private final Set<String> ids = new HashSet<>();

    RulesReader(SeedLoader loader, List<Topic> topics, List<Region> regions) {
        this.loader = loader;
        topics.forEach(t -> topicIds.add(t.id()));
        regions.forEach(r -> towns.add(r.name()));
    }

    List<DocumentRule> documentRules(JsonNode root) {
        List<DocumentRule> rules = new ArrayList<>();
        for (JsonNode node : loader.list(root, "document_rules", RULES)) {
            String id = id(node, "document_rules[]");
            if (id == null) {
                continue;
            }
            String entry = "rule " + id;
            Sentiment.Label sentiment =
                    node.hasNonNull("sentiment")
                            ? loader.enumValue(
                                    Sentiment.Label.class,
                                    node.get("sentiment").asText(),
                                    RULES,
                                    entry + ".sentiment")
                            : null;
            rules.add(
                    new DocumentRule(
                            id,
                            node.path("description").asText(id),
                            level(node, "min_level", entry, RiskLevel.IV),
                            sentiment,
                            node.path("require_topic").asBoolean(true),
                            known(node, "topics", entry, topicIds, "topic ids of topics.yaml"),
                            nonEmpty(node, "sources", entry),
                            known(node, "regions", entry, towns, "town names of regions.yaml"),
                            labels(node, "content", entry),
                            keywordGroups(node, entry),
                            SeedLoader.strings(node, "exclude"),
                            null));
        }
        JsonNode watch = root.path("watch_list");
        if (watch.isObject()) {
            rules.add(watchList(watch));
        }
        return rules;
    }

    /**
     * The watch list is a document rule of its own: any text containing one of its terms raises an
     * alert of at least its level, whatever the document's risk.
     */
    private DocumentRule watchList(JsonNode node) {
        String id = node.path("id").asText("watch-list");
        String entry = "watch_list";
        if (!ids.add(id)) {
            loader.problem(RULES, entry, "id '" + id + "' is used twice", "rename it");
        }
        List<String> terms = SeedLoader.strings(node, "terms");
        if (terms.isEmpty()) {
            loader.problem(
                    RULES, entry + ".terms", "is empty", "list the words to watch, or remove it");
        }
        return new DocumentRule(
                id,
                node.path("description").asText("关注词"),
                RiskLevel.IV,
                null,
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(terms),
                SeedLoader.strings(node, "exclude"),
                level(node, "level", entry, RiskLevel.IV));
    }

    /**
     * The {@code scope} section: which jurisdictions and kinds of content may raise alerts. It is
     * required, so that what the system ignores is always written down.
     */
    AlertScope scope(JsonNode root) {
        JsonNode node = root.path("scope");
        if (!node.isObject()) {
            loader.problem(
                    RULES,
                    "scope",
                    "is missing",
                    "write 'scope: {jurisdictions: [local], content: [appeal, incident]}'");
            return new AlertScope(Set.of(), Set.of());
        }
        Set<JurisdictionScope> jurisdictions = new HashSet<>();
        for (String value : nonEmpty(node, "jurisdictions", "scope")) {
            JurisdictionScope scope =
                    loader.enumValue(JurisdictionScope.class, value, RULES, "scope.jurisdictions");
            if (scope != null) {
                jurisdictions.add(scope);
            }
        }
        List<ContentLabel> content = labels(node, "content", "scope");
        if (jurisdictions.isEmpty() || content.isEmpty()) {
            loader.problem(
                    RULES,
                    "scope",
                    "admits no document: jurisdictions and content must each list at least one value",
                    "write e.g. 'jurisdictions: [local]' and 'content: [appeal, incident]'");
        }
        return new AlertScope(jurisdictions, Set.copyOf(content));
    }

    private List<ContentLabel> labels(JsonNode node, String field, String entry) {
        List<ContentLabel> labels = new ArrayList<>();
        for (String value : nonEmpty(node, field, entry)) {
            ContentLabel label =
                    loader.enumValue(ContentLabel.class, value, RULES, entry + "." + field);
            if (label != null) {
                labels.add(label);
            }
        }
        return List.copyOf(labels);
    }

    List<EventRule> eventRules(JsonNode root) {
        List<EventRule> rules = new ArrayList<>();
        for (JsonNode node : optionalList(root, "event_rules")) {
            String id = id(node, "event_rules[]");
            if (id == null) {
                continue;
            }
            String entry = "rule " + id;
            rules.add(
                    new EventRule(
                            id,
                            node.path("description").asText(id),
                            atLeast(node, "min_documents", entry, 2),
                            duration(node, "within", entry),
                            level(node, "level", entry, RiskLevel.III)));
        }
        return rules;
    }

    List<SurgeRule> surgeRules(JsonNode root) {
        List<SurgeRule> rules = new ArrayList<>();
        for (JsonNode node : optionalList(root, "surge_rules")) {
            String id = id(node, "surge_rules[]");
            if (id == null) {
                continue;
            }
            String entry = "rule " + id;
            Duration window = duration(node, "window", entry);
            Duration baseline = duration(node, "baseline", entry);
            if (window != null
                    && baseline != null
                    && baseline.compareTo(window.multipliedBy(3)) < 0) {
                loader.problem(
                        RULES,
                        entry + ".baseline",
                        "is shorter than three windows",
                        "give a baseline of many windows, e.g. window 1h, baseline 7d");
            }
            double k = node.path("k").asDouble(3.0);
            if (k <= 0) {
                loader.problem(RULES, entry + ".k", "must be positive", "write e.g. k: 3");
            }
            rules.add(
                    new SurgeRule(
                            id,
                            node.path("description").asText(id),
                            window,
                            baseline,
                            k,
                            atLeast(node, "min_count", entry, 1),
                            level(node, "level", entry, RiskLevel.III)));
        }
        return rules;
    }

    private String id(JsonNode node, String entry) {
        String id = loader.required(node, "id", RULES, entry);
        if (id != null && !ids.add(id)) {
            loader.problem(RULES, "rule " + id, "id is used twice", "give each rule its own id");
        }
        return id;
    }

    private RiskLevel level(JsonNode node, String field, String entry, RiskLevel otherwise) {
        if (!node.hasNonNull(field)) {
            return otherwise;
        }
        return loader.enumValue(
                RiskLevel.class, node.get(field).asText(), RULES, entry + "." + field);
    }

    private Duration duration(JsonNode node, String field, String entry) {
        return loader.duration(RULES, node, field, entry, true);
    }

    private int atLeast(JsonNode node, String field, String entry, int minimum) {
        JsonNode value = node.path(field);
        if (!value.canConvertToInt() || value.asInt() < minimum) {
            loader.problem(
                    RULES,
                    entry + "." + field,
                    "'" + value.asText() + "' is not a whole number of at least " + minimum,
                    "write e.g. " + field + ": " + Math.max(minimum, 5));
            return minimum;
        }
        return value.asInt();
    }

    private List<JsonNode> optionalList(JsonNode root, String key) {
        return root.has(key) ? loader.list(root, key, RULES) : List.of();
    }

    private List<String> nonEmpty(JsonNode node, String field, String entry) {
        List<String> values = SeedLoader.strings(node, field);
        if (node.has(field) && values.isEmpty()) {
            loader.problem(
                    RULES, entry + "." + field, "is empty", "list the values, or remove the key");
        }
        return values;
    }

    private List<String> known(
            JsonNode node, String field, String entry, Set<String> allowed, String what) {
        List<String> values = nonEmpty(node, field, entry);
        for (String value : values) {
            if (!allowed.contains(value)) {
                loader.problem(
                        RULES,
                        entry + "." + field,
                        "'" + value + "' is unknown",
                        "use one of the " + what);
            }
        }
        return values;
    }

    /** {@code keywords_any: [..]} is one group; {@code keyword_groups: [[..], [..]]} many. */
    private List<List<String>> keywordGroups(JsonNode node, String entry) {
        List<List<String>> groups = new ArrayList<>();
        if (node.has("keywords_any")) {
            groups.add(nonEmpty(node, "keywords_any", entry));
        }
        for (JsonNode group : node.path("keyword_groups")) {
            List<String> words = new ArrayList<>();
            group.forEach(w -> words.add(w.asText().trim()));
            if (words.isEmpty()) {
                loader.problem(
                        RULES,
                        entry + ".keyword_groups",
                        "has an empty group",
                        "list at least one word per group");
            }
            groups.add(List.copyOf(words));
        }
        return List.copyOf(groups);
    }
}
