package org.huixiang.common.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.model.DeadLetter;

/**
 * Writes dead letters to {@link Topics#DEADLETTER} through the {@link DeadLetterCodec}, keyed by
 * their origin so letters of one input partition stay in order.
 */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DeadLetter> {

    private final DeadLetterCodec codec;

    public DeadLetterSerializer(DeadLetterCodec codec) {
        this.codec = codec;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            DeadLetter letter, KafkaSinkContext context, Long timestamp) {
        byte[] key =
                letter.origin() == null
                        ? null
                        : letter.origin().toString().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(Topics.DEADLETTER, null, timestamp, key, codec.encode(letter));
    }
}
