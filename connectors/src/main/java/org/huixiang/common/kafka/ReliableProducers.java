package org.huixiang.common.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Producers of raw bytes that lose nothing and write nothing twice: every write acknowledged by all
 * in-sync replicas, retries idempotent. Every huixiang producer outside Flink is one of these.
 */
public final class ReliableProducers {

    private ReliableProducers() {}

    public static KafkaProducer<byte[], byte[]> create(Map<String, String> clientProperties) {
        return create(clientProperties, Map.of());
    }

    /**
     * @param overrides further producer settings, e.g. {@code linger.ms} for batching senders
     */
    public static KafkaProducer<byte[], byte[]> create(
            Map<String, String> clientProperties, Map<String, String> overrides) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.putAll(overrides);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
