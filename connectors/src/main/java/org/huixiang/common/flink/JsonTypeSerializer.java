package org.huixiang.common.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.huixiang.common.json.Json;

/**
 * Serializes an immutable record as length-prefixed JSON with {@link Json#mapper()}. Records are
 * immutable, so copies are the instance itself.
 */
public final class JsonTypeSerializer<T> extends ImmutableRecordSerializer<T> {

    public JsonTypeSerializer(Class<T> type) {
        super(type);
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        byte[] bytes = Json.toBytes(record);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return Json.fromBytes(bytes, type);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        target.write(source, length);
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new Snapshot<>(type);
    }

    /** Remembers the record class; JSON itself tolerates added and removed optional fields. */
    public static final class Snapshot<T> implements TypeSerializerSnapshot<T> {
        private Class<T> type;

        /** For Flink's reflective restore. */
        public Snapshot() {}

        Snapshot(Class<T> type) {
            this.type = type;
        }

        @Override
        public int getCurrentVersion() {
            return 1;
        }

        @Override
        public void writeSnapshot(DataOutputView out) throws IOException {
            out.writeUTF(type.getName());
        }

        @Override
        public void readSnapshot(int version, DataInputView in, ClassLoader classLoader)
                throws IOException {
            type = recordClass(in.readUTF(), classLoader);
        }

        @Override
        public JsonTypeSerializer<T> restoreSerializer() {
            return new JsonTypeSerializer<>(type);
        }

        @Override
        public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
                TypeSerializerSnapshot<T> old) {
            return old instanceof Snapshot<T> s && s.type.equals(type)
                    ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                    : TypeSerializerSchemaCompatibility.incompatible();
        }
    }
}
