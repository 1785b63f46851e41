package org.huixiang.common.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Creates the topics of huixiang when they are missing; existing topics are left as they are, so
 * this is safe at every start and against clusters whose topics are managed elsewhere.
 *
 * <p>Topics are created without a time limit on retention. Kafka measures retention against each
 * record's own timestamp, and huixiang's records carry the time of the post or message (a replay of
 * history with {@code --history-time}) and of the alert's event: with the broker's usual seven
 * days, a replayed year is deleted by the next retention check, minutes after it was written,
 * whether or not the job has read it. Operators bound these topics by size, or by a policy of their
 * own on topics they create themselves.
 */
public final class TopicSetup {

    /** Topic configuration for every topic created here. */
    static final Map<String, String> TOPIC_CONFIG = Map.of("retention.ms", "-1");

    /** How long a new topic may take until every partition's leader serves requests. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private TopicSetup() {}

    /**
     * Partitions {@code topic} gets: as many as the job's parallelism, so every source reader has
     * work, except responses, kept to one partition for a total order of commands.
     */
    public static int partitions(String topic, int parallelism) {
        return topic.equals(Topics.RESPONSES) ? 1 : parallelism;
    }

    /**
     * @param partitions partitions of the raw topics (the unit of parallelism of ingest); the other
     *     topics get as many, except responses, kept to one partition for a total order of commands
     * @return the topics that were created now
     */
    public static List<String> ensure(
            Map<String, String> clientProperties, int partitions, short replication)
            throws InterruptedException {
        Properties props = new Properties();
        props.putAll(clientProperties);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    missing.add(
                            new NewTopic(topic, partitions(topic, partitions), replication)
                                    .configs(TOPIC_CONFIG));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get();
                    awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
                } catch (ExecutionException e) {
                    if (!(e.getCause()
                            instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "cannot create topics on "
                            + clientProperties.get("bootstrap.servers")
                            + ": "
                            + e.getCause(),
                    e.getCause());
        }
    }

    /**
     * Waits until every partition of {@code topics} is served by its leader, proven by a
     * ListOffsets answer from it. A topic is listed with a leader a moment before that broker
     * serves it; an idempotent producer whose first batch to a partition is refused then
     * (NOT_LEADER_OR_FOLLOWER) while a later batch is accepted retries the first one forever with
     * OUT_OF_ORDER_SEQUENCE_NUMBER (KAFKA-14359). Waiting here keeps a producer that starts right
     * after creation out of it.
     *
     * @throws IllegalStateException when a partition is not served within {@link #READY_TIMEOUT}
     */
    public static void awaitLeaders(Admin admin, Collection<String> topics)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                PartitionOffsets.list(admin, topics, OffsetSpec.latest());
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "partitions of "
                                    + topics
                                    + " have no serving leader after "
                                    + READY_TIMEOUT.toSeconds()
                                    + " s",
                            e.getCause());
                }
                Thread.sleep(100);
            }
        }
    }
}
