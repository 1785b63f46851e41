package org.huixiang.common.elasticsearch;

import java.io.Serializable;

/** Turns a stream element into the write that stores it. Pure; runs in the sink's writer. */
@FunctionalInterface
public interface IndexRequestConverter<T> extends Serializable {
    IndexRequest convert(T element);
}
