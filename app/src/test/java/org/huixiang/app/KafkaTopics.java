package org.huixiang.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.huixiang.common.config.HuixiangConfig;

/** Reads back what the application wrote to its output topics, for assertions. */
final class KafkaTopics {

    private KafkaTopics() {}

    /** Every record from the offsets in {@code from} up to the current end of each partition. */
    static List<ConsumerRecord<byte[], byte[]>> read(
            HuixiangConfig config, Map<TopicPartition, Long> from) {
        Properties props = new Properties();
        props.putAll(config.kafka().clientProperties());
        // records deleted under the reader (retention) fail the read instead of reading nothing
        props.put("auto.offset.reset", "none");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline
                    && from.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
