package org.huixiang.common.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a stretch of topics without a consumer group: for tools and checks, not for the job. */
public final class TopicStretch {

    private TopicStretch() {}

    /**
     * Every record from the offsets in {@code from} up to the end each partition had when the read
     * began. Records deleted under the reader (retention) fail the read instead of reading nothing.
     *
     * @throws IllegalStateException if the end is not reached within {@code patience}
     */
    public static List<ConsumerRecord<byte[], byte[]>> read(
            Map<String, String> clientProperties,
            Map<TopicPartition, Long> from,
            Duration patience) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        forEach(clientProperties, from, patience, records::add);
        return records;
    }

    /** As {@link #read}, handing each record over as it comes instead of keeping them all. */
    public static void forEach(
            Map<String, String> clientProperties,
            Map<TopicPartition, Long> from,
            Duration patience,
            Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put("auto.offset.reset", "none");
        props.put("isolation.level", "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
            long deadline = System.nanoTime() + patience.toNanos();
            while (from.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "read " + from.keySet() + " but not to their end within " + patience);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }
}
