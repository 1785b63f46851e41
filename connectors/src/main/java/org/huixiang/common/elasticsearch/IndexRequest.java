package org.huixiang.common.elasticsearch;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One write to Elasticsearch, as the sink buffers and checkpoints it: target index, deterministic
 * id, operation, optional external version, and the JSON source as bytes.
 *
 * @param externalVersion the version for {@code version_type=external}, or {@link #NO_VERSION}
 */
public record IndexRequest(
        String index, String id, Operation operation, long externalVersion, byte[] source)
        implements Serializable {

    public static final long NO_VERSION = -1;

    /** {@code index} overwrites; {@code create} writes once and answers 409 afterwards. */
    public enum Operation {
        INDEX,
        CREATE
    }

    public IndexRequest {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(source, "source");
    }

    /** Overwrites whatever is stored under the id. */
    public static IndexRequest index(String index, String id, byte[] source) {
        return new IndexRequest(index, id, Operation.INDEX, NO_VERSION, source);
    }

    /**
     * Writes only when {@code version} is newer than the stored one; older revisions answer 409.
     */
    public static IndexRequest versioned(String index, String id, long version, byte[] source) {
        return new IndexRequest(index, id, Operation.INDEX, version, source);
    }

    public boolean isVersioned() {
        return externalVersion != NO_VERSION;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexRequest other
                && index.equals(other.index)
                && id.equals(other.id)
                && operation == other.operation
                && externalVersion == other.externalVersion
                && Arrays.equals(source, other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, id, operation, externalVersion, Arrays.hashCode(source));
    }

    @Override
    public String toString() {
        return operation + " " + index + "/" + id + (isVersioned() ? " v" + externalVersion : "");
    }
}
