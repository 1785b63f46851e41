package org.huixiang.console;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of the alert queue; null fields do not filter.
 *
 * @param unit lead or responsible unit
 * @param source the source of a contributing document
 */
public record AlertFilter(
        String level,
        String unit,
        String topic,
        String region,
        String state,
        String source,
        String kind) {

    List<Query> queries() {
        List<Query> q = new ArrayList<>();
        term(q, "level", level);
        term(q, "topics", topic);
        term(q, "region", region);
        term(q, "state", state);
        term(q, "documents.source", source);
        term(q, "kind", kind);
        if (unit != null) {
            q.add(
                    Query.of(
                            x ->
                                    x.bool(
                                            b ->
                                                    b.should(
                                                                    s ->
                                                                            s.term(
                                                                                    t ->
                                                                                            t.field(
                                                                                                            "lead_unit")
                                                                                                    .value(
                                                                                                            unit)))
                                                            .should(
                                                                    s ->
                                                                            s.term(
                                                                                    t ->
                                                                                            t.field(
                                                                                                            "responsible_units")
                                                                                                    .value(
                                                                                                            unit)))
                                                            .minimumShouldMatch("1"))));
        }
        return q;
    }

    private static void term(List<Query> q, String field, String value) {
        if (value != null) {
            q.add(Query.of(x -> x.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }
}
