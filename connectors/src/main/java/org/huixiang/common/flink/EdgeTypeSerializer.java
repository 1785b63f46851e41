package org.huixiang.common.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.huixiang.common.flink.internal.RecordCodec;

/**
 * Serializes an immutable record in {@link RecordCodec}'s binary layout; see {@link EdgeTypeInfo}.
 */
public final class EdgeTypeSerializer<T> extends ImmutableRecordSerializer<T> {

    public EdgeTypeSerializer(Class<T> type) {
        super(type);
    }

    /** Looked up on use, not held: the serializer travels in the job graph, a codec cannot. */
    private RecordCodec<T> codec() {
        return RecordCodec.of(type);
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        codec().write(record, target);
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        return codec().read(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        // the layout has no overall length to copy by; Flink copies serialized records rarely
        serialize(deserialize(source), target);
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new Snapshot<>(type, codec().layout());
    }

    /**
     * Remembers the record class and its layout. Bytes of one layout cannot be read by another, so
     * a changed record is incompatible, never quietly misread.
     */
    public static final class Snapshot<T> implements TypeSerializerSnapshot<T> {
        private Class<T> type;
        private String layout;

        /** For Flink's reflective restore. */
        public Snapshot() {}

        Snapshot(Class<T> type, String layout) {
            this.type = type;
            this.layout = layout;
        }

        @Override
        public int getCurrentVersion() {
            return 1;
        }

        @Override
        public void writeSnapshot(DataOutputView out) throws IOException {
            out.writeUTF(type.getName());
            out.writeUTF(layout);
        }

        @Override
        public void readSnapshot(int version, DataInputView in, ClassLoader classLoader)
                throws IOException {
            type = recordClass(in.readUTF(), classLoader);
            layout = in.readUTF();
        }

        @Override
        public EdgeTypeSerializer<T> restoreSerializer() {
            return new EdgeTypeSerializer<>(type);
        }

        @Override
        public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
                TypeSerializerSnapshot<T> old) {
            return old instanceof Snapshot<T> s && s.type.equals(type) && s.layout.equals(layout)
                    ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                    : TypeSerializerSchemaCompatibility.incompatible();
        }
    }
}
