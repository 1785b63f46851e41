package org.huixiang.common.flink;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Type information for huixiang's records in state: they sit there as the same JSON they have on
 * Kafka and in Elasticsearch, readable in a savepoint and tolerant to added fields. Records that
 * only travel between operators take {@link EdgeTypeInfo}, a binary format without those qualities
 * and at a fraction of the cost.
 *
 * <p>Why not Flink's POJO/Kryo path: the records hold immutable JDK lists ({@code List.copyOf}),
 * which Kryo cannot rebuild.
 */
public final class JsonTypeInfo<T> extends ImmutableRecordTypeInfo<T> {

    private JsonTypeInfo(Class<T> type) {
        super(type);
    }

    public static <T> JsonTypeInfo<T> of(Class<T> type) {
        return new JsonTypeInfo<>(type);
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new JsonTypeSerializer<>(getTypeClass());
    }

    @Override
    String format() {
        return "Json";
    }
}
