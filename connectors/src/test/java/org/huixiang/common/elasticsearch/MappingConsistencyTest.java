package org.huixiang.common.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huixiang.common.Fixtures;
import org.huixiang.common.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The index mappings are strict: a field the mapping does not know makes Elasticsearch reject the
 * document. These tests walk every field of fully populated records against the templates.
 */
class MappingConsistencyTest {

    @Test
    void everyFieldOfAStoredDocumentIsMapped() throws Exception {
        assertMapped(
                "huixiang-docs",
                Json.mapper()
                        .readTree(Json.toBytes(SearchDocument.of(Fixtures.analyzedDocument()))));
    }

    @Test
    void everyFieldOfAnAlertIsMapped() throws Exception {
        assertMapped("huixiang-alerts", Json.mapper().readTree(Json.toBytes(Fixtures.alert())));
    }

    @Test
    void everyFieldOfACaseIsMappedAndEveryMappedFieldWritten() throws Exception {
        JsonNode source = Json.mapper().readTree(Json.toBytes(Fixtures.citizenCase()));
        assertMapped("huixiang-cases", source);
        // the other way too: a mapped field no case writes would be a promise to analysts
        List<String> written = new ArrayList<>();
        leaves("", source, written);
        List<String> mapped = new ArrayList<>();
        mappedLeaves("", IndexTemplates.mappingProperties("huixiang-cases"), mapped);
        assertThat(written).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void documentsGoToTheMonthOfPublicationInChinaTime() {
        IndexRequest request = SearchDocument.indexRequest(Fixtures.analyzedDocument());
        assertThat(request.index()).isEqualTo("huixiang-docs-2026.11");
        assertThat(request.id()).isEqualTo("d1");
        assertThat(IndexNames.documentIndex(java.time.Instant.parse("2026-11-30T16:30:00Z")))
                .isEqualTo("huixiang-docs-2026.12");
        assertThat(IndexTemplates.templateJson("huixiang-docs", 1))
                .contains("\"number_of_replicas\": 1");
    }

    private static void assertMapped(String template, JsonNode source) throws Exception {
        JsonNode properties = IndexTemplates.mappingProperties(template);
        List<String> unmapped = new ArrayList<>();
        walk("", source, properties, unmapped);
        assertThat(unmapped).as("fields missing from " + template + ".template.json").isEmpty();
    }

    private static void walk(
            String path, JsonNode value, JsonNode properties, List<String> unmapped) {
        if (value.isArray()) {
            value.forEach(item -> walk(path, item, properties, unmapped));
            return;
        }
        if (!value.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field :
                (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode mapping = properties.get(field.getKey());
            if (mapping == null) {
                unmapped.add(name);
                continue;
            }
            JsonNode child = field.getValue();
            boolean containsObjects =
                    child.isObject()
                            || (child.isArray() && child.size() > 0 && child.get(0).isObject());
            if (containsObjects && !mapping.has("properties")) {
                unmapped.add(
                        name
                                + " (object value, leaf mapping "
                                + mapping.path("type").asText()
                                + ")");
            } else if (containsObjects) {
                walk(name, child, mapping.get("properties"), unmapped);
            }
        }
    }

    /** The dotted paths of a document's leaf values (an array of values counts as its field). */
    private static void leaves(String path, JsonNode value, List<String> out) {
        if (value.isObject()) {
            value.fields().forEachRemaining(f -> leaves(join(path, f.getKey()), f.getValue(), out));
        } else {
            out.add(path);
        }
    }

    /** The dotted paths of a mapping's leaf fields. */
    private static void mappedLeaves(String path, JsonNode properties, List<String> out) {
        properties
                .fields()
                .forEachRemaining(
                        f -> {
                            String name = join(path, f.getKey());
                            if (f.getValue().has("properties")) {
                                mappedLeaves(name, f.getValue().get("properties"), out);
                            } else {
                                out.add(name);
                            }
                        });
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
