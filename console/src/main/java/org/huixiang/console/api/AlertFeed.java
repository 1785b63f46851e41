package org.huixiang.console.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code huixiang.alerts} from its end and hands every new alert revision to the listeners
 * (the open event streams). One consumer per console, without a consumer group: each console
 * process sees every revision.
 */
public final class AlertFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Set<Consumer<Alert>> listeners = new CopyOnWriteArraySet<>();
    private final Thread thread;
    private volatile boolean running = true;

    public AlertFeed(Map<String, String> kafka) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put("auto.offset.reset", "latest");
        consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions =
                consumer.partitionsFor(Topics.ALERTS).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::run, "console-alert-feed");
        thread.setDaemon(true);
        thread.start();
    }

    public void subscribe(Consumer<Alert> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Alert> listener) {
        listeners.remove(listener);
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Alert alert;
                    try {
                        alert = Json.mapper().readValue(r.value(), Alert.class);
                    } catch (Exception e) {
                        LOG.warn(
                                "unreadable alert at {}/{}@{}",
                                r.topic(),
                                r.partition(),
                                r.offset());
                        continue;
                    }
                    for (Consumer<Alert> listener : listeners) {
                        try {
                            listener.accept(alert);
                        } catch (RuntimeException e) {
                            // one stream's trouble must not stop the feed for every other one
                            LOG.warn("an alert listener failed", e);
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
