package org.huixiang.common.elasticsearch;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import java.util.List;

/**
 * Buffered writes as one bulk request: the encoding the sink sends, shared with the benchmark that
 * measures bare bulk indexing.
 */
public final class BulkRequests {

    private BulkRequests() {}

    public static BulkRequest of(List<IndexRequest> entries) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexRequest request : entries) {
            bulk.operations(operation(request));
        }
        return bulk.build();
    }

    private static BulkOperation operation(IndexRequest request) {
        BinaryData source = BinaryData.of(request.source(), "application/json");
        if (request.operation() == IndexRequest.Operation.CREATE) {
            return BulkOperation.of(
                    op ->
                            op.create(
                                    c ->
                                            c.index(request.index())
                                                    .id(request.id())
                                                    .document(source)));
        }
        return BulkOperation.of(
                op ->
                        op.index(
                                i -> {
                                    i.index(request.index()).id(request.id()).document(source);
                                    if (request.isVersioned()) {
                                        i.version(request.externalVersion())
                                                .versionType(VersionType.External);
                                    }
                                    return i;
                                }));
    }
}
