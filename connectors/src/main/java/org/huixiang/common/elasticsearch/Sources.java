package org.huixiang.common.elasticsearch;

import co.elastic.clients.json.JsonData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.huixiang.common.json.Json;

/**
 * Reads and writes huixiang's records as Elasticsearch sources with huixiang's own JSON mapping
 * (snake_case, ISO times), the same bytes the sink writes, instead of the client's default mapper.
 */
public final class Sources {

    private Sources() {}

    /** A search hit's or get's source as a record. */
    public static <T> T read(JsonData source, Class<T> type) {
        try {
            return Json.mapper().readValue(source.toJson().toString(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.getSimpleName() + " source", e);
        }
    }

    /** A record as the body of an index request ({@code withJson}). */
    public static ByteArrayInputStream write(Object record) {
        return new ByteArrayInputStream(Json.toBytes(record));
    }
}
