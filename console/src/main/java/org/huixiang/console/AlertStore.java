package org.huixiang.console;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.elasticsearch.Sources;
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

    /** The alerts assigned to their lead unit in [from, to). */
    public List<Alert> assignedBetween(Instant from, Instant to) throws IOException {
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
                alerts.add(Sources.read(hit.source(), Alert.class));
            }
            if (hits.size() < PAGE) {
                return alerts;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** One alert by id, if it exists. */
    public Optional<Alert> find(String id) throws IOException {
        GetResponse<JsonData> got =
                client.get(g -> g.index(IndexNames.ALERTS).id(id), JsonData.class);
        return got.found()
                ? Optional.of(Sources.read(got.source(), Alert.class))
                : Optional.empty();
    }

    /**
     * The newest alerts that pass the filter, newest first.
     *
     * @param visibleUnits when not null, only alerts these units lead or share
     */
    public List<Alert> search(AlertFilter filter, List<String> visibleUnits, int size)
            throws IOException {
        List<Query> must = new ArrayList<>(filter.queries());
        if (visibleUnits != null) {
            List<FieldValue> units = visibleUnits.stream().map(FieldValue::of).toList();
            must.add(
                    Query.of(
                            q ->
                                    q.bool(
                                            b ->
                                                    b.should(
                                                                    s ->
                                                                            s.terms(
                                                                                    t ->
                                                                                            t.field(
                                                                                                            "lead_unit")
                                                                                                    .terms(
                                                                                                            v ->
                                                                                                                    v
                                                                                                                            .value(
                                                                                                                                    units))))
                                                            .should(
                                                                    s ->
                                                                            s.terms(
                                                                                    t ->
                                                                                            t.field(
                                                                                                            "responsible_units")
                                                                                                    .terms(
                                                                                                            v ->
                                                                                                                    v
                                                                                                                            .value(
                                                                                                                                    units))))
                                                            .minimumShouldMatch("1"))));
        }
        return client
                .search(
                        s ->
                                s.index(IndexNames.ALERTS)
                                        .size(size)
                                        .query(q -> q.bool(b -> b.filter(must)))
                                        .sort(
                                                o ->
                                                        o.field(
                                                                f ->
                                                                        f.field("updated_at")
                                                                                .order(
                                                                                        SortOrder
                                                                                                .Desc))),
                        JsonData.class)
                .hits()
                .hits()
                .stream()
                .map(h -> Sources.read(h.source(), Alert.class))
                .toList();
    }
}
