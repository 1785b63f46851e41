package org.huixiang.console.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.CountyTime;
import org.huixiang.http.Call;

/**
 * What the documents say over a period — volume, sentiment and risk over time, topics, towns, hot
 * words, sources — and full-text search with facets. Documents are stored masked, so nothing here
 * reveals a citizen's personal data.
 */
public final class AnalysisApi {

    private final ElasticsearchClient client;
    private final Clock clock;

    public AnalysisApi(ElasticsearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** A value and how many documents have it. */
    public record Count(String key, long count) {}

    /**
     * One step of the volume over time.
     *
     * @param levels documents by risk level in the step
     * @param topics documents by topic in the step (the period's top topics)
     */
    public record Step(
            Instant at,
            long total,
            long negative,
            long neutral,
            long positive,
            Map<String, Long> levels,
            Map<String, Long> topics) {}

    /** The analysis of a period. */
    public record Overview(
            Instant from,
            Instant to,
            long total,
            String interval,
            List<Step> volume,
            List<Count> levels,
            List<Count> topics,
            List<Count> towns,
            List<Count> words,
            List<Count> sources) {}

    /** A document as search shows it. */
    public record Hit(
            String id,
            String source,
            String title,
            String text,
            String url,
            String publishedAt,
            List<String> topics,
            String leadUnit,
            String region,
            String jurisdiction,
            String content,
            String sentiment,
            String level) {}

    /** One page of search results with the facets of all matches. */
    public record Results(long total, List<Hit> hits, Map<String, List<Count>> facets) {}

    public Overview overview(Call call) throws IOException {
        return overview(Period.of(call, clock.instant(), 7));
    }

    Overview overview(Period p) throws IOException {
        boolean hourly = Duration.between(p.from(), p.to()).compareTo(Duration.ofDays(3)) <= 0;
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put(
                "volume",
                Aggregation.of(
                        a ->
                                a.dateHistogram(
                                                h ->
                                                        h.field("published_at")
                                                                .calendarInterval(
                                                                        hourly
                                                                                ? CalendarInterval
                                                                                        .Hour
                                                                                : CalendarInterval
                                                                                        .Day)
                                                                .timeZone(CountyTime.ZONE.getId())
                                                                .minDocCount(0))
                                        .aggregations("sentiment", terms("sentiment.label", 3))
                                        .aggregations("levels", terms("risk.level", 4))
                                        .aggregations("topics", terms("topics.name", 8))));
        aggs.put("levels", terms("risk.level", 4));
        aggs.put("topics", terms("topics.name", 15));
        aggs.put("towns", terms("region", 20));
        aggs.put("words", terms("keywords", 40));
        aggs.put("sources", terms("source", 10));
        SearchResponse<Void> r =
                client.search(
                        s ->
                                s.index(IndexNames.DOCS_ALIAS)
                                        .size(0)
                                        .trackTotalHits(t -> t.enabled(true))
                                        .query(q -> q.bool(b -> b.filter(published(p))))
                                        .aggregations(aggs),
                        Void.class);
        List<Step> volume = new ArrayList<>();
        for (DateHistogramBucket b :
                r.aggregations().get("volume").dateHistogram().buckets().array()) {
            Map<String, Long> bySentiment = counts(b.aggregations().get("sentiment"));
            volume.add(
                    new Step(
                            Instant.ofEpochMilli(b.key()),
                            b.docCount(),
                            bySentiment.getOrDefault("NEGATIVE", 0L),
                            bySentiment.getOrDefault("NEUTRAL", 0L),
                            bySentiment.getOrDefault("POSITIVE", 0L),
                            counts(b.aggregations().get("levels")),
                            counts(b.aggregations().get("topics"))));
        }
        return new Overview(
                p.from(),
                p.to(),
                r.hits().total() == null ? 0 : r.hits().total().value(),
                hourly ? "hour" : "day",
                volume,
                list(r.aggregations().get("levels")),
                list(r.aggregations().get("topics")),
                list(r.aggregations().get("towns")),
                list(r.aggregations().get("words")),
                list(r.aggregations().get("sources")));
    }

    public Results search(Call call) throws IOException {
        Period p = Period.of(call, clock.instant(), 30);
        List<Query> filters = new ArrayList<>(List.of(published(p)));
        term(filters, "source", call.query("source"));
        term(filters, "topics.name", call.query("topic"));
        term(filters, "lead_unit", call.query("unit"));
        term(filters, "sentiment.label", call.query("sentiment"));
        term(filters, "risk.level", call.query("level"));
        term(filters, "region", call.query("region"));
        term(filters, "jurisdiction.scope", call.query("jurisdiction"));
        term(filters, "content.label", call.query("content"));
        String q = call.query("q");
        int page = call.queryInt("page", 0, 100);
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put("source", terms("source", 10));
        facets.put("topic", terms("topics.name", 15));
        facets.put("unit", terms("lead_unit", 15));
        facets.put("sentiment", terms("sentiment.label", 3));
        facets.put("jurisdiction", terms("jurisdiction.scope", 4));
        facets.put("content", terms("content.label", 8));
        SearchResponse<JsonData> r =
                client.search(
                        s -> {
                            s.index(IndexNames.DOCS_ALIAS)
                                    .size(20)
                                    .from(page * 20)
                                    .trackTotalHits(t -> t.enabled(true))
                                    .aggregations(facets)
                                    .query(
                                            x ->
                                                    x.bool(
                                                            b -> {
                                                                b.filter(filters);
                                                                if (q != null) {
                                                                    b.must(
                                                                            m ->
                                                                                    m.multiMatch(
                                                                                            mm ->
                                                                                                    mm.query(
                                                                                                                    q)
                                                                                                            .type(
                                                                                                                    TextQueryType
                                                                                                                            .Phrase)
                                                                                                            .fields(
                                                                                                                    "title^2",
                                                                                                                    "text")));
                                                                }
                                                                return b;
                                                            }));
                            if (q == null) {
                                s.sort(
                                        o ->
                                                o.field(
                                                        f ->
                                                                f.field("published_at")
                                                                        .order(SortOrder.Desc)));
                            }
                            return s;
                        },
                        JsonData.class);
        List<Hit> hits = new ArrayList<>();
        for (var h : r.hits().hits()) {
            hits.add(hit(Json.mapper().readTree(h.source().toJson().toString())));
        }
        Map<String, List<Count>> byFacet = new LinkedHashMap<>();
        for (String name : facets.keySet()) {
            byFacet.put(name, list(r.aggregations().get(name)));
        }
        return new Results(
                r.hits().total() == null ? hits.size() : r.hits().total().value(), hits, byFacet);
    }

    /** The documents with these ids, as search shows them (texts are stored masked). */
    public List<Hit> documents(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        SearchResponse<JsonData> r =
                client.search(
                        s ->
                                s.index(IndexNames.DOCS_ALIAS)
                                        .size(ids.size())
                                        .query(
                                                q ->
                                                        q.terms(
                                                                t ->
                                                                        t.field("id")
                                                                                .terms(
                                                                                        v ->
                                                                                                v
                                                                                                        .value(
                                                                                                                values))))
                                        .sort(
                                                o ->
                                                        o.field(
                                                                f ->
                                                                        f.field("published_at")
                                                                                .order(
                                                                                        SortOrder
                                                                                                .Asc))),
                        JsonData.class);
        List<Hit> hits = new ArrayList<>();
        for (var h : r.hits().hits()) {
            hits.add(hit(Json.mapper().readTree(h.source().toJson().toString())));
        }
        return hits;
    }

    private static Hit hit(JsonNode d) {
        List<String> topics = new ArrayList<>();
        d.path("topics").forEach(t -> topics.add(t.path("name").asText()));
        return new Hit(
                d.path("id").asText(),
                d.path("source").asText(),
                d.path("title").asText(null),
                d.path("text").asText(),
                d.path("url").asText(null),
                d.path("published_at").asText(),
                topics,
                d.path("lead_unit").asText(null),
                d.path("region").asText(null),
                d.path("jurisdiction").path("scope").asText(null),
                d.path("content").path("label").asText(null),
                d.path("sentiment").path("label").asText(null),
                d.path("risk").path("level").asText(null));
    }

    private static Query published(Period p) {
        return Query.of(
                q ->
                        q.range(
                                r ->
                                        r.date(
                                                d ->
                                                        d.field("published_at")
                                                                .gte(p.from().toString())
                                                                .lt(p.to().toString()))));
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static List<Count> list(Aggregate agg) {
        List<Count> out = new ArrayList<>();
        for (StringTermsBucket b : agg.sterms().buckets().array()) {
            out.add(new Count(b.key().stringValue(), b.docCount()));
        }
        return out;
    }

    private static Map<String, Long> counts(Aggregate agg) {
        Map<String, Long> out = new LinkedHashMap<>();
        list(agg).forEach(c -> out.put(c.key(), c.count()));
        return out;
    }
}
