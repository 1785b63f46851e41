package org.huixiang.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.deadletter.DeadLetterSeal;
import org.huixiang.common.kafka.TopicStretch;
import org.huixiang.common.model.DeadLetter;

/** Reads back what the application wrote to its output topics, for assertions. */
final class KafkaTopics {

    private KafkaTopics() {}

    /** Every record from the offsets in {@code from} up to the current end of each partition. */
    static List<ConsumerRecord<byte[], byte[]>> read(
            HuixiangConfig config, Map<TopicPartition, Long> from) {
        return TopicStretch.read(config.kafka().clientProperties(), from, Duration.ofSeconds(20));
    }

    /**
     * The dead letters appended since {@code from}, with their raw bytes opened; each value on the
     * topic is checked to hold its raw bytes sealed, never in clear.
     */
    static List<DeadLetter> deadLetters(HuixiangConfig config, Map<TopicPartition, Long> from) {
        DeadLetterCodec codec = TestRuns.KEYS.deadLetterCodec();
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : read(config, from)) {
            DeadLetter written = DeadLetterCodec.read(r.value());
            if (written.raw() != null && !DeadLetterSeal.isSealed(written.raw())) {
                throw new AssertionError("raw bytes in clear on the dead-letter topic: " + written);
            }
            letters.add(codec.open(written));
        }
        return letters;
    }
}
