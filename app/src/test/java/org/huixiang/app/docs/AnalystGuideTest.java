package org.huixiang.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.junit.jupiter.api.Test;

/**
 * docs/analyst-guide.md and the Kibana saved objects against the index mappings: every mapped field
 * described, every field they name mapped. (AnalystGuideIT runs the queries.)
 */
class AnalystGuideTest {

    static final Map<String, String> TEMPLATE_OF =
            Map.of(
                    IndexNames.DOCS_ALIAS,
                    "huixiang-docs",
                    IndexNames.ALERTS,
                    "huixiang-alerts",
                    IndexNames.CASES,
                    "huixiang-cases");

    @Test
    void everyMappedFieldIsDescribedAndNothingElse() throws Exception {
        Map<String, java.util.Set<String>> described = AnalystGuide.describedFields();
        assertThat(described)
                .containsOnlyKeys("huixiang-docs", "huixiang-alerts", "huixiang-cases");
        for (var e : TEMPLATE_OF.entrySet()) {
            assertThat(described.get(e.getKey()))
                    .as("fields of " + e.getKey())
                    .containsExactlyInAnyOrderElementsOf(
                            AnalystGuide.mapping(e.getValue()).keySet());
        }
    }

    @Test
    void queriesAndKqlNameOnlyMappedFields() throws Exception {
        List<AnalystGuide.Example> examples = AnalystGuide.examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        for (AnalystGuide.Example example : examples) {
            assertThat(TEMPLATE_OF).containsKey(example.index());
            assertThat(AnalystGuide.mapping(TEMPLATE_OF.get(example.index())))
                    .as("fields of a query on " + example.index() + ": " + example.body())
                    .containsKeys(AnalystGuide.queryFields(example.body()).toArray(String[]::new));
        }
        List<AnalystGuide.Kql> kql = AnalystGuide.kqlRows();
        assertThat(kql).hasSizeGreaterThanOrEqualTo(6);
        for (AnalystGuide.Kql row : kql) {
            assertThat(AnalystGuide.mapping(TEMPLATE_OF.get(row.dataView())))
                    .as(row.query())
                    .containsKeys(AnalystGuide.kqlFields(row.query()).toArray(String[]::new));
        }
    }

    @Test
    void kibanaSavedObjectsReferToEachOtherAndToMappedFields() throws Exception {
        List<String> lines =
                Files.readAllLines(AnalystGuide.REPO.resolve("deploy/kibana/huixiang.ndjson"));
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : lines) {
            JsonNode o = Json.mapper().readTree(line);
            assertThat(byId.put(o.path("type").asText() + ":" + o.path("id").asText(), o))
                    .as("unique " + o.path("id"))
                    .isNull();
        }
        int searches = 0;
        for (JsonNode o : byId.values()) {
            for (JsonNode ref : o.path("references")) {
                assertThat(byId)
                        .as("reference " + ref)
                        .containsKey(ref.path("type").asText() + ":" + ref.path("id").asText());
            }
            JsonNode attributes = o.path("attributes");
            switch (o.path("type").asText()) {
                case "index-pattern" -> {
                    String title = attributes.path("title").asText();
                    assertThat(TEMPLATE_OF).containsKey(title);
                    assertThat(AnalystGuide.mapping(TEMPLATE_OF.get(title)))
                            .containsEntry(attributes.path("timeFieldName").asText(), "date");
                }
                case "search" -> {
                    searches++;
                    String view = o.path("references").get(0).path("id").asText();
                    Map<String, String> mapping = AnalystGuide.mapping(TEMPLATE_OF.get(view));
                    attributes
                            .path("columns")
                            .forEach(c -> assertThat(mapping).containsKey(c.asText()));
                    attributes
                            .path("sort")
                            .forEach(s -> assertThat(mapping).containsKey(s.get(0).asText()));
                    JsonNode source =
                            Json.mapper()
                                    .readTree(
                                            attributes
                                                    .path("kibanaSavedObjectMeta")
                                                    .path("searchSourceJSON")
                                                    .asText());
                    String kql = source.path("query").path("query").asText();
                    assertThat(source.path("query").path("language").asText()).isEqualTo("kuery");
                    assertThat(mapping)
                            .as(kql)
                            .containsKeys(AnalystGuide.kqlFields(kql).toArray(String[]::new));
                    assertThat(AnalystGuide.text())
                            .as("the guide names saved search " + attributes.path("title"))
                            .contains(attributes.path("title").asText());
                }
                case "dashboard" -> {
                    JsonNode panels =
                            Json.mapper().readTree(attributes.path("panelsJSON").asText());
                    assertThat(panels).hasSize(o.path("references").size());
                }
                default -> throw new AssertionError("unexpected saved object " + o.path("type"));
            }
        }
        assertThat(searches).isEqualTo(4);
    }
}
