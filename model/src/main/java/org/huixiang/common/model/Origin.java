package org.huixiang.common.model;

import java.io.Serializable;

/** Where a record was read: Kafka topic, partition and offset, and the broker's timestamp. */
public record Origin(String topic, int partition, long offset, long timestamp)
        implements Serializable {

    @Override
    public String toString() {
        return topic + "/" + partition + "@" + offset;
    }
}
