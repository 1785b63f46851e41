package org.huixiang.common.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/** Offsets of every partition of some topics, as each partition's leader answers them. */
public final class PartitionOffsets {

    private PartitionOffsets() {}

    /**
     * The offset {@code spec} names in every partition of {@code topics}.
     *
     * @throws ExecutionException with Kafka's error as the cause (retriable ones included)
     */
    public static Map<TopicPartition, Long> list(
            Admin admin, Collection<String> topics, OffsetSpec spec)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
            topic.partitions()
                    .forEach(
                            p ->
                                    request.put(
                                            new TopicPartition(topic.name(), p.partition()), spec));
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request)
                .all()
                .get()
                .forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }
}
