package org.huixiang.common.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.model.DeadLetter;

/**
 * Writes dead letters from outside the job's own sink (Elasticsearch rejects, the intake endpoint)
 * and waits for the broker, so a caller that reports "dead-lettered" has it on the topic.
 */
public final class DeadLetterProducer implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final DeadLetterCodec codec;

    public DeadLetterProducer(Map<String, String> clientProperties, DeadLetterCodec codec) {
        this.producer = ReliableProducers.create(clientProperties);
        this.codec = codec;
    }

    /** Sends without waiting; {@link Acks#awaitAll} says when it is on the topic. */
    public Future<RecordMetadata> sendAsync(byte[] key, DeadLetter letter) {
        return producer.send(new ProducerRecord<>(Topics.DEADLETTER, key, codec.encode(letter)));
    }

    /**
     * Sends and waits for the broker.
     *
     * @throws IllegalStateException when the broker does not take it
     */
    public void send(byte[] key, DeadLetter letter) {
        Acks.awaitAll(List.of(sendAsync(key, letter)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
