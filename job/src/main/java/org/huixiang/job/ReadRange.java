package org.huixiang.job;

import java.util.Map;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;

/**
 * Which records the job's sources read: a running application goes on from its consumer group's
 * committed offsets; a replay or a test starts at offsets it names, and a bounded run also stops at
 * offsets it names.
 */
public sealed interface ReadRange {

    /** From the group's committed offsets (the earliest on a first start), to the end of time. */
    static ReadRange committed() {
        return new Committed();
    }

    /** From {@code start}, to the end of time. */
    static ReadRange from(Map<TopicPartition, Long> start) {
        return new From(Map.copyOf(start));
    }

    /** From {@code start} to {@code end} (exclusive): a bounded run. */
    static ReadRange between(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        return new Between(Map.copyOf(start), Map.copyOf(end));
    }

    /** Sets the starting (and, for a bounded range, the stopping) offsets on {@code builder}. */
    <T> void applyTo(KafkaSourceBuilder<T> builder);

    /**
     * @see #committed()
     */
    record Committed() implements ReadRange {
        @Override
        public <T> void applyTo(KafkaSourceBuilder<T> builder) {
            builder.setStartingOffsets(
                    OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST));
        }
    }

    /**
     * @see #from(Map)
     */
    record From(Map<TopicPartition, Long> start) implements ReadRange {
        @Override
        public <T> void applyTo(KafkaSourceBuilder<T> builder) {
            builder.setStartingOffsets(OffsetsInitializer.offsets(start));
        }
    }

    /**
     * @see #between(Map, Map)
     */
    record Between(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end)
            implements ReadRange {
        @Override
        public <T> void applyTo(KafkaSourceBuilder<T> builder) {
            builder.setStartingOffsets(OffsetsInitializer.offsets(start))
                    .setBounded(OffsetsInitializer.offsets(end));
        }
    }
}
