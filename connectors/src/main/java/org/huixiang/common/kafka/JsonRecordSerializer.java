package org.huixiang.common.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.huixiang.common.json.Json;

/**
 * Writes records as JSON to one topic, keyed so that all records about the same thing (an alert, a
 * document) land in one partition and stay in order.
 */
public final class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {

    private final String topic;
    private final SerializableFunction<T, String> key;

    public JsonRecordSerializer(String topic, SerializableFunction<T, String> key) {
        this.topic = topic;
        this.key = key;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            T element, KafkaSinkContext context, Long timestamp) {
        String k = key.apply(element);
        return new ProducerRecord<>(
                topic,
                null,
                timestamp,
                k == null ? null : k.getBytes(StandardCharsets.UTF_8),
                Json.toBytes(element));
    }
}
