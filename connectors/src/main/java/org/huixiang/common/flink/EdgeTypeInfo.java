package org.huixiang.common.flink;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.huixiang.common.flink.internal.RecordCodec;

/**
 * Type information for huixiang's records on their way between operators: binary, component by
 * component ({@link RecordCodec}). Give it to {@code returns(…)} and to side-output tags; give
 * state {@link JsonTypeInfo}, whose JSON a savepoint keeps readable across versions of a record.
 *
 * <p>An edge never outlives its job graph (checkpoints are aligned, so no record in flight is
 * stored), which is what lets this format skip names and versions. The record class is checked when
 * the type information is made, so an unsupported component fails the job's build, not its first
 * record.
 */
public final class EdgeTypeInfo<T> extends ImmutableRecordTypeInfo<T> {

    private EdgeTypeInfo(Class<T> type) {
        super(type);
    }

    /**
     * @throws IllegalArgumentException when {@code type} is not a record or holds a component the
     *     binary format cannot carry
     */
    public static <T> EdgeTypeInfo<T> of(Class<T> type) {
        RecordCodec.of(type);
        return new EdgeTypeInfo<>(type);
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new EdgeTypeSerializer<>(getTypeClass());
    }

    @Override
    String format() {
        return "Edge";
    }
}
