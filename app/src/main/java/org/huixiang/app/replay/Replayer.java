package org.huixiang.app.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Sends records from files into the raw topics, with a progress bar and a final count. */
public final class Replayer {

    /** What one replay sent. */
    public record Result(long posts, long messages, long failed) {
        public long total() {
            return posts + messages;
        }
    }

    private final Map<String, String> clientProperties;
    private final PrintStream progress;

    /**
     * @param progress where the progress bar goes (stderr), or null for none
     */
    public Replayer(Map<String, String> clientProperties, PrintStream progress) {
        this.clientProperties = clientProperties;
        this.progress = progress;
    }

    public Result replay(List<Path> files) throws IOException {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(16 << 20));
        long posts = 0;
        long messages = 0;
        AtomicLong failed = new AtomicLong();
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Path file : files) {
                String topic = RecordFiles.topicFor(file);
                List<byte[]> records = RecordFiles.read(file);
                for (int i = 0; i < records.size(); i++) {
                    producer.send(
                            new ProducerRecord<>(topic, records.get(i)),
                            (meta, error) -> {
                                if (error != null) {
                                    failed.incrementAndGet();
                                }
                            });
                    if (topic.endsWith("messages")) {
                        messages++;
                    } else {
                        posts++;
                    }
                    bar(file, i + 1, records.size());
                }
                producer.flush();
                if (progress != null) {
                    progress.println();
                }
            }
        }
        return new Result(posts, messages, failed.get());
    }

    private void bar(Path file, int done, int total) {
        if (progress == null || (done % 25 != 0 && done != total)) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        progress.printf(
                "\r[%s%s] %d/%d %s",
                "#".repeat(filled), ".".repeat(width - filled), done, total, file.getFileName());
        progress.flush();
    }
}
