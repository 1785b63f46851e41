package org.huixiang.common.flink.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Writes a record's components one after the other in binary, nested records and lists included,
 * and reads them back through the canonical constructor. No names, no text: what crosses an edge
 * between two tasks of the same job needs neither, and JSON cost the pipeline a fifth of its Java
 * time in a profile of the benchmark's drain.
 *
 * <p>The layout is the record's components in declaration order, so bytes written by one version of
 * a record cannot be read by another: {@link #layout()} names it, for a serializer snapshot to
 * refuse a changed record instead of misreading it. Components may be primitives, their boxes,
 * {@code String}, {@code Instant}, {@code byte[]}, enums, records and {@code List}s of these;
 * anything else is refused when the codec is built, naming the component.
 *
 * <p>Codecs are built once per record class and are thread-safe.
 */
public final class RecordCodec<T> {

    private static final ClassValue<RecordCodec<?>> CODECS =
            new ClassValue<>() {
                @Override
                protected RecordCodec<?> computeValue(Class<?> type) {
                    return new RecordCodec<>(type);
                }
            };

    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private final Class<T> type;
    private final MethodHandle[] accessors;
    private final Field[] fields;
    private final MethodHandle constructor;
    private final String layout;

    /** The codec of {@code type}, which must be a record. */
    @SuppressWarnings("unchecked")
    public static <T> RecordCodec<T> of(Class<T> type) {
        return (RecordCodec<T>) CODECS.get(type);
    }

    private RecordCodec(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.accessors = new MethodHandle[components.length];
        this.fields = new Field[components.length];
        Class<?>[] parameters = new Class<?>[components.length];
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                component.getAccessor().setAccessible(true);
                accessors[i] =
                        lookup.unreflect(component.getAccessor())
                                .asType(MethodType.methodType(Object.class, Object.class));
                fields[i] = field(component.getGenericType(), component);
                parameters[i] = component.getType();
            }
            Constructor<T> canonical = type.getDeclaredConstructor(parameters);
            canonical.setAccessible(true);
            this.constructor =
                    lookup.unreflectConstructor(canonical)
                            .asSpreader(Object[].class, components.length)
                            .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException | SecurityException e) {
            throw new IllegalArgumentException("cannot reach the components of " + type, e);
        }
        this.layout = describe(type, new HashSet<>());
    }

    /**
     * The components this codec writes, in order, with their types, and those of the records
     * inside, so that a change anywhere in the tree shows.
     */
    public String layout() {
        return layout;
    }

    public void write(T record, DataOutputView out) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            fields[i].write(component(i, record), out);
        }
    }

    public T read(DataInputView in) throws IOException {
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = fields[i].read(in);
        }
        try {
            return type.cast((Object) constructor.invokeExact(values));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("cannot rebuild " + type.getSimpleName(), e);
        }
    }

    private Object component(int i, T record) {
        try {
            return (Object) accessors[i].invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
        }
    }

    /**
     * The layout of {@code record} and of the records inside it, each checked on the way: nested
     * codecs are built on first use, and an unsupported component deep inside must still fail when
     * the outer codec is built, not with the first record.
     */
    private static String describe(Class<?> record, Set<Class<?>> seen) {
        seen.add(record);
        StringBuilder out = new StringBuilder(record.getName()).append('(');
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Type generic = components[i].getGenericType();
            field(generic, components[i]);
            out.append(i == 0 ? "" : ", ")
                    .append(generic.getTypeName())
                    .append(' ')
                    .append(components[i].getName());
            Type inner =
                    generic instanceof ParameterizedType p
                            ? p.getActualTypeArguments()[0]
                            : generic;
            if (inner instanceof Class<?> c && c.isRecord() && !seen.contains(c)) {
                out.append(' ').append(describe(c, seen));
            } else if (inner instanceof Class<?> c && c.isEnum()) {
                out.append(' ').append(List.of(c.getEnumConstants()));
            }
        }
        return out.append(')').toString();
    }

    /** Writes and reads one value of a component's type. */
    private interface Field {
        void write(Object value, DataOutputView out) throws IOException;

        Object read(DataInputView in) throws IOException;

        static Field of(Writer writer, Reader reader) {
            return new Field() {
                @Override
                public void write(Object value, DataOutputView out) throws IOException {
                    writer.write(value, out);
                }

                @Override
                public Object read(DataInputView in) throws IOException {
                    return reader.read(in);
                }
            };
        }
    }

    private interface Writer {
        void write(Object value, DataOutputView out) throws IOException;
    }

    private interface Reader {
        Object read(DataInputView in) throws IOException;
    }

    private static Field field(Type generic, RecordComponent component) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getRawType() == List.class) {
            Field element = field(parameterized.getActualTypeArguments()[0], component);
            return nullable(new ListField(element));
        }
        if (generic instanceof Class<?> c) {
            Field primitive = primitive(c);
            if (primitive != null) {
                return c.isPrimitive() ? primitive : nullable(primitive);
            }
            if (c == String.class) {
                return STRING;
            }
            if (c == Instant.class) {
                return nullable(INSTANT);
            }
            if (c == byte[].class) {
                return nullable(BYTES);
            }
            if (c.isEnum()) {
                return nullable(new EnumField(c.getEnumConstants()));
            }
            if (c.isRecord()) {
                return nullable(new NestedField(c));
            }
        }
        throw new IllegalArgumentException(
                "cannot carry "
                        + generic.getTypeName()
                        + " of "
                        + component.getDeclaringRecord().getName()
                        + "."
                        + component.getName()
                        + " in binary; give the edge JsonTypeInfo or teach RecordCodec the type");
    }

    private static Field primitive(Class<?> c) {
        if (c == int.class || c == Integer.class) {
            return INT;
        }
        if (c == long.class || c == Long.class) {
            return LONG;
        }
        if (c == double.class || c == Double.class) {
            return DOUBLE;
        }
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        }
        return null;
    }

    private static Field nullable(Field field) {
        return Field.of(
                (value, out) -> {
                    if (value == null) {
                        out.writeByte(ABSENT);
                    } else {
                        out.writeByte(PRESENT);
                        field.write(value, out);
                    }
                },
                in -> in.readByte() == ABSENT ? null : field.read(in));
    }

    private static final Field INT =
            Field.of((v, out) -> out.writeInt((Integer) v), in -> in.readInt());
    private static final Field LONG =
            Field.of((v, out) -> out.writeLong((Long) v), in -> in.readLong());
    private static final Field DOUBLE =
            Field.of((v, out) -> out.writeDouble((Double) v), in -> in.readDouble());
    private static final Field BOOLEAN =
            Field.of((v, out) -> out.writeBoolean((Boolean) v), in -> in.readBoolean());

    /** Flink's own string format: null-aware, lossless for any UTF-16 (lone surrogates too). */
    private static final Field STRING =
            Field.of((v, out) -> StringValue.writeString((String) v, out), StringValue::readString);

    private static final Field INSTANT =
            Field.of(
                    (v, out) -> {
                        out.writeLong(((Instant) v).getEpochSecond());
                        out.writeInt(((Instant) v).getNano());
                    },
                    in -> Instant.ofEpochSecond(in.readLong(), in.readInt()));

    private static final Field BYTES =
            Field.of(
                    (v, out) -> {
                        out.writeInt(((byte[]) v).length);
                        out.write((byte[]) v);
                    },
                    in -> {
                        byte[] bytes = new byte[in.readInt()];
                        in.readFully(bytes);
                        return bytes;
                    });

    /** By ordinal: an edge never outlives the job graph that declared the enum. */
    private record EnumField(Object[] constants) implements Field {
        @Override
        public void write(Object value, DataOutputView out) throws IOException {
            out.writeShort(((Enum<?>) value).ordinal());
        }

        @Override
        public Object read(DataInputView in) throws IOException {
            return constants[in.readShort()];
        }
    }

    /** Lists come back unmodifiable, as the records' own constructors make them. */
    private record ListField(Field element) implements Field {
        @Override
        public void write(Object value, DataOutputView out) throws IOException {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) {
                element.write(item, out);
            }
        }

        @Override
        public Object read(DataInputView in) throws IOException {
            int size = in.readInt();
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.read(in));
            }
            return Collections.unmodifiableList(list);
        }
    }

    /**
     * A record inside a record. Its codec is looked up on use (a {@link ClassValue} lookup), not
     * built with the outer one, so a record type that contains itself does not recurse forever.
     */
    private record NestedField(Class<?> type) implements Field {
        @Override
        @SuppressWarnings("unchecked")
        public void write(Object value, DataOutputView out) throws IOException {
            ((RecordCodec<Object>) of(type)).write(value, out);
        }

        @Override
        public Object read(DataInputView in) throws IOException {
            return of(type).read(in);
        }
    }
}
