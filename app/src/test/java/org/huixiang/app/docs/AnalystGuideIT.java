package org.huixiang.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.huixiang.common.config.ElasticsearchConnection;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.elasticsearch.IndexTemplates;
import org.huixiang.common.json.Json;
import org.huixiang.common.setup.AppStack;
import org.junit.jupiter.api.Test;

/**
 * Every Query DSL example of docs/analyst-guide.md runs on a real Elasticsearch with the
 * application's index templates, over a document and an alert shaped as the job writes them (the
 * mappings are strict, so the samples are checked too): each answers 200 with no shard failure, and
 * the ones that filter on the samples' values find them.
 */
class AnalystGuideIT {

    @Test
    void everyQueryOfTheGuideRuns() throws Exception {
        String url = AppStack.get().elasticsearchUrl();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        String docIndex = IndexNames.documentIndex(now);
        try (ElasticsearchClients clients =
                ElasticsearchClients.connect(ElasticsearchConnection.of(url))) {
            ElasticsearchClient es = clients.sync();
            IndexTemplates.install(es, 0);
            es.index(
                    i ->
                            i.index(docIndex)
                                    .id("guide-" + run)
                                    .withJson(new StringReader(document(run, now))));
            es.index(
                    i ->
                            i.index(IndexNames.ALERTS)
                                    .id("guide-" + run)
                                    .withJson(new StringReader(alert(run, now))));
            es.indices().refresh(r -> r.index(docIndex, IndexNames.ALERTS));
            try {
                HttpClient http = HttpClient.newHttpClient();
                int withHits = 0;
                for (AnalystGuide.Example example : AnalystGuide.examples()) {
                    HttpResponse<String> response =
                            http.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            url
                                                                    + "/"
                                                                    + example.index()
                                                                    + "/_search"))
                                            .header("Content-Type", "application/json")
                                            .POST(
                                                    HttpRequest.BodyPublishers.ofString(
                                                            example.body().toString()))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode())
                            .as(example.body() + " → " + response.body())
                            .isEqualTo(200);
                    JsonNode result = Json.mapper().readTree(response.body());
                    assertThat(result.path("_shards").path("failed").asInt())
                            .as(response.body())
                            .isZero();
                    if (result.path("hits").path("total").path("value").asLong() > 0) {
                        withHits++;
                    }
                }
                assertThat(withHits)
                        .as("the samples match the filters of every example")
                        .isEqualTo(AnalystGuide.examples().size());
            } finally {
                es.delete(d -> d.index(docIndex).id("guide-" + run));
                es.delete(d -> d.index(IndexNames.ALERTS).id("guide-" + run));
            }
        }
    }

    /** A message as the job indexes it: masked, analyzed, on the guide's examples' values. */
    private static String document(String run, Instant now) {
        return Json.toString(
                Map.ofEntries(
                        Map.entry("id", "guide-" + run),
                        Map.entry("kind", "message"),
                        Map.entry("source", "12345"),
                        Map.entry("source_id", "GX-" + run),
                        Map.entry("title", "庆符镇工地拖欠工资"),
                        Map.entry("text", "庆符镇某工地拖欠工资半年，种粮补贴也没发，电话155****4074。"),
                        Map.entry("tokens", "庆符镇 某 工地 拖欠 工资 半年 种粮补贴 也 没 发"),
                        Map.entry("keywords", java.util.List.of("拖欠", "工资", "种粮补贴")),
                        Map.entry("topic_ids", java.util.List.of("labor-rights")),
                        Map.entry("lead_unit", "县人力资源社会保障局"),
                        Map.entry("region", "庆符镇"),
                        Map.entry("sentiment", Map.of("score", -0.6, "label", "NEGATIVE")),
                        Map.entry(
                                "risk",
                                Map.of(
                                        "score",
                                        0.8,
                                        "level",
                                        "II",
                                        "reasons",
                                        java.util.List.of("负面"))),
                        Map.entry("event", Map.of("id", "event-" + run, "similar_count", 6)),
                        Map.entry("published_at", now.minus(1, ChronoUnit.HOURS).toString()),
                        Map.entry("ingested_at", now.toString()),
                        Map.entry(
                                "contact",
                                Map.of("phone", "155****4074", "citizen_key", "key-" + run))));
    }

    /** An overdue alert, due within the day, opened today. */
    private static String alert(String run, Instant now) {
        return Json.toString(
                Map.of(
                        "id",
                        "guide-" + run,
                        "revision",
                        3,
                        "kind",
                        "DOCUMENT",
                        "level",
                        "II",
                        "title",
                        "庆符镇工地拖欠工资",
                        "lead_unit",
                        "县人力资源社会保障局",
                        "opened_at",
                        now.minus(2, ChronoUnit.HOURS).toString(),
                        "deadlines",
                        Map.of("respond", now.plus(6, ChronoUnit.HOURS).toString()),
                        "state",
                        "ACKNOWLEDGED",
                        "progress",
                        Map.of("acknowledge_overdue", true, "responded_at", now.toString())));
    }
}
