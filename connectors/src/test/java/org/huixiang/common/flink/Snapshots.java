package org.huixiang.common.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** A serializer's snapshot written and read back, as a savepoint stores and restores it. */
final class Snapshots {

    private Snapshots() {}

    static <T> TypeSerializerSnapshot<T> writtenAndRead(TypeSerializer<T> serializer)
            throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        return TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), Snapshots.class.getClassLoader());
    }

    /** Whether {@code serializer} reads what the serializer of {@code old} wrote, as it is. */
    static <T> boolean compatibleAsIs(TypeSerializer<T> serializer, TypeSerializerSnapshot<T> old) {
        return serializer
                .snapshotConfiguration()
                .resolveSchemaCompatibility(old)
                .isCompatibleAsIs();
    }
}
