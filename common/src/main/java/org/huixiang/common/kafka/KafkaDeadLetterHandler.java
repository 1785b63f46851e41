package org.huixiang.common.kafka;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.huixiang.common.elasticsearch.IndexRequest;
import org.huixiang.common.elasticsearch.RejectedItemHandler;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends documents Elasticsearch rejected for good to {@link Topics#DEADLETTER}, with the status and
 * reason, so they are counted and can be fixed and replayed.
 */
public final class KafkaDeadLetterHandler implements RejectedItemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaDeadLetterHandler.class);

    private final HashMap<String, String> producerProperties;
    private transient KafkaProducer<byte[], byte[]> producer;

    /**
     * @param producerProperties at least {@code bootstrap.servers}, plus any security settings
     */
    public KafkaDeadLetterHandler(Map<String, String> producerProperties) {
        this.producerProperties = new HashMap<>(producerProperties);
    }

    @Override
    public void open() {
        Properties props = new Properties();
        props.putAll(producerProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public void rejected(IndexRequest request, int status, String reason) {
        DeadLetter letter =
                new DeadLetter(
                        "index_rejected",
                        "Elasticsearch answered " + status + " for " + request + ": " + reason,
                        "index",
                        null,
                        request.source(),
                        Instant.now());
        try {
            // waiting keeps the promise that a rejected document is in the dead-letter topic
            // before the sink reports its batch complete
            producer.send(
                            new ProducerRecord<>(
                                    Topics.DEADLETTER,
                                    request.id().getBytes(),
                                    Json.toBytes(letter)))
                    .get();
        } catch (Exception e) {
            LOG.error("could not dead-letter {}", request, e);
            throw new IllegalStateException("dead-letter topic unavailable for " + request, e);
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
