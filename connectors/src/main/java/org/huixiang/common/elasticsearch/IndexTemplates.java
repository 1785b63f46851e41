package org.huixiang.common.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.huixiang.common.json.Json;

/**
 * Installs the index templates kept under version control ({@code elasticsearch/*.template.json})
 * and creates the alerts and accounts indices. Idempotent: run at every start.
 */
public final class IndexTemplates {

    /** Every template, by the name of its file under {@code elasticsearch/}. */
    public static final List<String> TEMPLATES =
            List.of("huixiang-docs", "huixiang-alerts", "huixiang-cases", "huixiang-accounts");

    private IndexTemplates() {}

    /**
     * @param replicas 0 on a single node; at least 1 on a real cluster
     */
    public static void install(ElasticsearchClient client, int replicas) throws IOException {
        for (String name : TEMPLATES) {
            put(client, name, replicas);
        }
        create(client, IndexNames.ALERTS);
        create(client, IndexNames.CASES);
        create(client, IndexNames.ACCOUNTS);
        for (String name : TEMPLATES) {
            updateMappings(client, name, replicas);
        }
    }

    /**
     * Adds the fields a newer template has to the indices an older one created: a template only
     * applies to indices created after it, and a strict mapping would refuse every new field.
     * Changing the type of an existing field is not possible this way; Elasticsearch says so.
     */
    private static void updateMappings(ElasticsearchClient client, String name, int replicas)
            throws IOException {
        String pattern = name.equals("huixiang-docs") ? IndexNames.DOCS_PREFIX + "*" : name;
        if (!client.indices().exists(e -> e.index(pattern).allowNoIndices(false)).value()) {
            return;
        }
        JsonNode mappings =
                Json.mapper()
                        .readTree(templateJson(name, replicas))
                        .path("template")
                        .path("mappings");
        byte[] body = Json.mapper().writeValueAsBytes(mappings);
        client.indices().putMapping(m -> m.index(pattern).withJson(new ByteArrayInputStream(body)));
    }

    private static void create(ElasticsearchClient client, String index) throws IOException {
        if (!client.indices().exists(e -> e.index(index)).value()) {
            try {
                client.indices().create(c -> c.index(index));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // another process created it between exists and create: that is the goal anyway
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
    }

    /** The {@code properties} of a template's mapping, for checks that walk the fields. */
    public static JsonNode mappingProperties(String name) {
        try {
            return Json.mapper()
                    .readTree(templateJson(name, 0))
                    .path("template")
                    .path("mappings")
                    .path("properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template body with its placeholders filled, as installed. */
    public static String templateJson(String name, int replicas) {
        String resource = "elasticsearch/" + name + ".template.json";
        try (InputStream in = IndexTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.replace("\"${replicas}\"", Integer.toString(replicas));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ElasticsearchClient client, String name, int replicas)
            throws IOException {
        byte[] body = templateJson(name, replicas).getBytes(StandardCharsets.UTF_8);
        client.indices()
                .putIndexTemplate(t -> t.name(name).withJson(new ByteArrayInputStream(body)));
    }
}
