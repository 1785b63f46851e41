package org.huixiang.common.kafka;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.model.Origin;

/** Keeps every Kafka record as bytes with its origin; never throws, so no record is lost here. */
public final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<RawRecord> {

    private static final byte[] EMPTY = new byte[0];

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
        Origin origin =
                new Origin(record.topic(), record.partition(), record.offset(), record.timestamp());
        out.collect(new RawRecord(origin, record.value() == null ? EMPTY : record.value()));
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return EdgeTypeInfo.of(RawRecord.class);
    }
}
