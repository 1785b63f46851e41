package org.huixiang.app.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huixiang.common.elasticsearch.IndexTemplates;
import org.huixiang.common.json.Json;

/** docs/analyst-guide.md read as data: its queries, its field tables, its KQL; and the mappings. */
final class AnalystGuide {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path GUIDE = REPO.resolve("docs/analyst-guide.md");

    /** A Query DSL example: {@code GET <index>/_search} and its body. */
    record Example(String index, JsonNode body) {}

    /** A row of the KQL table. */
    record Kql(String dataView, String query) {}

    private AnalystGuide() {}

    static String text() throws IOException {
        return Files.readString(GUIDE);
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        Matcher m =
                Pattern.compile(
                                "(?m)^GET ([\\w-]+)/_search\\n```json\\n(.*?)\\n```",
                                Pattern.DOTALL)
                        .matcher(text());
        while (m.find()) {
            out.add(new Example(m.group(1), Json.mapper().readTree(m.group(2))));
        }
        return out;
    }

    /** Fields described in the tables under "## Fields", by index. */
    static Map<String, Set<String>> describedFields() throws IOException {
        String text = text();
        String fields = text.substring(text.indexOf("\n## Fields"));
        Map<String, Set<String>> out = new TreeMap<>();
        String index = null;
        for (String line : fields.split("\n")) {
            if (line.startsWith("### ")) {
                index = line.substring(4).trim();
                out.put(index, new TreeSet<>());
            } else if (index != null && line.startsWith("| `")) {
                out.get(index).add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        return out;
    }

    static List<Kql> kqlRows() throws IOException {
        List<Kql> out = new ArrayList<>();
        Matcher m =
                Pattern.compile("(?m)^\\| [^|]+ \\| (huixiang-[a-z]+) \\| `(.+)` \\|$")
                        .matcher(text());
        while (m.find()) {
            out.add(new Kql(m.group(1), m.group(2)));
        }
        return out;
    }

    /** The fields a KQL query names. */
    static Set<String> kqlFields(String kql) {
        Set<String> fields = new TreeSet<>();
        Matcher m = Pattern.compile("([a-z_][a-z_.]*)\\s*(:|>=|<=|>|<)").matcher(kql);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    /** Leaf fields of an index template's mapping, with their types. */
    static Map<String, String> mapping(String template) throws IOException {
        JsonNode properties = IndexTemplates.mappingProperties(template);
        Map<String, String> out = new LinkedHashMap<>();
        leaves(properties, "", out);
        return out;
    }

    private static void leaves(JsonNode properties, String prefix, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().has("properties")) {
                leaves(e.getValue().get("properties"), prefix + e.getKey() + ".", out);
            } else {
                out.put(prefix + e.getKey(), e.getValue().path("type").asText());
            }
        }
    }

    /** Every field a Query DSL body names: in queries, aggregations, sorts, _source, highlights. */
    static Set<String> queryFields(JsonNode body) {
        Set<String> fields = new TreeSet<>();
        collect(body, fields);
        return fields;
    }

    private static final Set<String> FIELD_KEYED =
            Set.of("term", "terms", "range", "match", "match_phrase", "prefix", "wildcard");

    private static void collect(JsonNode node, Set<String> fields) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            e -> {
                                String key = e.getKey();
                                JsonNode value = e.getValue();
                                // a terms or range aggregation names its field in "field"
                                if (FIELD_KEYED.contains(key)
                                        && value.isObject()
                                        && !value.has("field")) {
                                    value.fieldNames().forEachRemaining(fields::add);
                                } else if (key.equals("field") && value.isTextual()) {
                                    fields.add(value.asText());
                                } else if (key.equals("sort")) {
                                    value.forEach(
                                            s -> s.fieldNames().forEachRemaining(fields::add));
                                } else if (key.equals("_source") && value.isArray()) {
                                    value.forEach(f -> fields.add(f.asText()));
                                } else if (key.equals("highlight")) {
                                    value.path("fields").fieldNames().forEachRemaining(fields::add);
                                }
                                collect(value, fields);
                            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, fields));
        }
    }
}
