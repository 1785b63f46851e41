package org.huixiang.common.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * End offsets of topics: taken before and after a run, their difference counts what was appended.
 */
public final class TopicOffsets {

    private TopicOffsets() {}

    public static Map<TopicPartition, Long> latest(
            Map<String, String> clientProperties, List<String> topics) {
        return offsets(clientProperties, topics, OffsetSpec.latest());
    }

    /** The first offset still held in each partition (after retention). */
    public static Map<TopicPartition, Long> earliest(
            Map<String, String> clientProperties, List<String> topics) {
        return offsets(clientProperties, topics, OffsetSpec.earliest());
    }

    private static Map<TopicPartition, Long> offsets(
            Map<String, String> clientProperties, List<String> topics, OffsetSpec spec) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        try (Admin admin = Admin.create(props)) {
            return PartitionOffsets.list(admin, topics, spec);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading offsets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot read offsets of " + topics + ": " + e.getCause(), e.getCause());
        }
    }

    /** What was appended to {@code topic} alone between two readings of several topics. */
    public static long appended(
            Map<TopicPartition, Long> before, Map<TopicPartition, Long> after, String topic) {
        return appended(only(before, topic), only(after, topic));
    }

    private static Map<TopicPartition, Long> only(Map<TopicPartition, Long> offsets, String topic) {
        Map<TopicPartition, Long> of = new HashMap<>(offsets);
        of.keySet().removeIf(tp -> !tp.topic().equals(topic));
        return of;
    }

    /** Records appended between two snapshots, over all partitions. */
    public static long appended(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
        long total = 0;
        for (Map.Entry<TopicPartition, Long> entry : after.entrySet()) {
            total += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
        }
        return total;
    }
}
