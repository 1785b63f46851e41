package org.huixiang.common.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputView;

/**
 * What huixiang's record serializers share, whatever their format: records are immutable, so a copy
 * is the instance itself, there is nothing to reuse, and one serializer serves all threads.
 */
abstract class ImmutableRecordSerializer<T> extends TypeSerializer<T> {

    final Class<T> type;

    ImmutableRecordSerializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        return this;
    }

    @Override
    public T createInstance() {
        return null;
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public T copy(T from, T reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    /** The record class a serializer snapshot names, for its restore. */
    @SuppressWarnings("unchecked")
    static <T> Class<T> recordClass(String name, ClassLoader classLoader) throws IOException {
        try {
            return (Class<T>) Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IOException("record class " + name + " no longer exists", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && ((ImmutableRecordSerializer<?>) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return 31 * getClass().hashCode() + type.hashCode();
    }
}
