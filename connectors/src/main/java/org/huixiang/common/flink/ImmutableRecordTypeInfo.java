package org.huixiang.common.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * What the type information of huixiang's records shares, whatever their format: one record class,
 * one field as far as Flink's type system knows, never a key.
 */
abstract class ImmutableRecordTypeInfo<T> extends TypeInformation<T> {

    private final Class<T> type;

    ImmutableRecordTypeInfo(Class<T> type) {
        this.type = type;
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    /** The format's name, for {@link #toString()}. */
    abstract String format();

    @Override
    public String toString() {
        return format() + "<" + type.getSimpleName() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && ((ImmutableRecordTypeInfo<?>) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return 31 * getClass().hashCode() + type.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o != null && o.getClass() == getClass();
    }
}
