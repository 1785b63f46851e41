package org.huixiang.app.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;

/**
 * Reads alerts back from {@code huixiang-alerts}, which holds the latest revision of each (the
 * revision is the external version). Pages with search_after, so a period of any size is read
 * whole.
 */
public final class AlertStore {

    private static final int PAGE = 1000;

    private final ElasticsearchClient client;

    public AlertStore(ElasticsearchClient client) {
        this.client = client;
    }

    /** The alerts assigned to their lead unit in [from, to), optionally of one lead unit. */
    public List<Alert> assignedBetween(Instant from, Instant to, String leadUnit)
            throws IOException {
        List<Query> filters = new ArrayList<>();
        filters.add(
                Query.of(
                        q ->
                                q.range(
                                        r ->
                                                r.date(
                                                        d ->
                                                                d.field("assigned_at")
                                                                        .gte(from.toString())
                                                                        .lt(to.toString())))));
        if (leadUnit != null) {
            filters.add(
                    Query.of(
                            q -> q.term(t -> t.field("lead_unit").value(FieldValue.of(leadUnit)))));
        }
        List<Alert> alerts = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> cursor = after;
            SearchResponse<JsonData> page =
                    client.search(
                            s -> {
                                s.index(IndexNames.ALERTS)
                                        .size(PAGE)
                                        .query(q -> q.bool(b -> b.filter(filters)))
                                        .sort(
                                                o ->
                                                        o.field(
                                                                f ->
                                                                        f.field("id")
                                                                                .order(
                                                                                        SortOrder
                                                                                                .Asc)));
                                if (cursor != null) {
                                    s.searchAfter(cursor);
                                }
                                return s;
                            },
                            JsonData.class);
            List<Hit<JsonData>> hits = page.hits().hits();
            for (Hit<JsonData> hit : hits) {
                alerts.add(Json.mapper().readValue(hit.source().toJson().toString(), Alert.class));
            }
            if (hits.size() < PAGE) {
                return alerts;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
