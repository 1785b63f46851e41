package org.huixiang.console.api;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.ReliableProducers;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.ResponseCommand;

/**
 * Writes response commands to {@code huixiang.responses}: the console's only write. The record's
 * timestamp is the command's time, its key the alert's key, so one alert's commands stay in order.
 */
public final class CommandSender implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public CommandSender(Map<String, String> kafka) {
        producer = ReliableProducers.create(kafka);
    }

    /** Sends and waits until the broker has it. */
    public void send(ResponseCommand command)
            throws InterruptedException, ExecutionException, TimeoutException {
        producer.send(
                        new ProducerRecord<>(
                                Topics.RESPONSES,
                                null,
                                command.at().toEpochMilli(),
                                AlertIds.key(command.alertId())
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                Json.toBytes(command)))
                .get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        producer.close();
    }
}
