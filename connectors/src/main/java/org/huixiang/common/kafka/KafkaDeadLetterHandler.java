package org.huixiang.common.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.elasticsearch.IndexRequest;
import org.huixiang.common.elasticsearch.RejectedItemHandler;
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
    private final DeadLetterCodec codec;
    private transient DeadLetterProducer producer;

    /**
     * @param producerProperties at least {@code bootstrap.servers}, plus any security settings
     * @param codec how letters are written, the same as the job's dead-letter sink
     */
    public KafkaDeadLetterHandler(Map<String, String> producerProperties, DeadLetterCodec codec) {
        this.producerProperties = new HashMap<>(producerProperties);
        this.codec = codec;
    }

    @Override
    public void open() {
        producer = new DeadLetterProducer(producerProperties, codec);
    }

    @Override
    public void rejected(IndexRequest request, int status, String reason) {
        DeadLetter letter =
                new DeadLetter(
                        DeadLetterReason.INDEX_REJECTED.code(),
                        "Elasticsearch answered " + status + " for " + request + ": " + reason,
                        "index",
                        null,
                        request.source(),
                        Instant.now());
        try {
            // waiting keeps the promise that a rejected document is in the dead-letter topic
            // before the sink reports its batch complete
            producer.send(request.id().getBytes(StandardCharsets.UTF_8), letter);
        } catch (IllegalStateException e) {
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
