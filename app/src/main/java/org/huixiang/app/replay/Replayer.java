package org.huixiang.app.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.huixiang.common.kafka.ReliableProducers;
import org.huixiang.common.kafka.Topics;

/**
 * Sends records from files into huixiang's input topics (posts, messages, response commands), with
 * a progress bar and a final count. With {@code historyTime} each record keeps its own time ({@code
 * published_at}, {@code submitted_at}, or a command's {@code at}) as its Kafka timestamp, so a
 * replayed day runs in the event time it had; otherwise records are stamped now.
 */
public final class Replayer {

    /** What one replay sent. */
    /**
     * @param latest the latest timestamp given to a record: the end of the replayed data in event
     *     time
     */
    public record Result(long posts, long messages, long commands, long failed, Instant latest) {
        public long total() {
            return posts + messages + commands;
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
        return replay(files, false);
    }

    public Result replay(List<Path> files, boolean historyTime) throws IOException {
        long posts = 0;
        long messages = 0;
        long commands = 0;
        long latest = Long.MIN_VALUE;
        AtomicLong failed = new AtomicLong();
        try (KafkaProducer<byte[], byte[]> producer =
                ReliableProducers.create(
                        clientProperties,
                        Map.of(
                                ProducerConfig.LINGER_MS_CONFIG,
                                "5",
                                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                                Integer.toString(16 << 20)))) {
            for (Path file : files) {
                String topic = RecordFiles.topicFor(file);
                List<byte[]> records = RecordFiles.read(file);
                for (int i = 0; i < records.size(); i++) {
                    Long timestamp = historyTime ? RecordFiles.timeOf(records.get(i)) : null;
                    latest =
                            Math.max(
                                    latest,
                                    timestamp == null ? System.currentTimeMillis() : timestamp);
                    producer.send(
                            new ProducerRecord<>(topic, null, timestamp, null, records.get(i)),
                            (meta, error) -> {
                                if (error != null) {
                                    failed.incrementAndGet();
                                }
                            });
                    if (topic.equals(Topics.RESPONSES)) {
                        commands++;
                    } else if (topic.equals(Topics.RAW_MESSAGES)) {
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
        return new Result(
                posts,
                messages,
                commands,
                failed.get(),
                latest == Long.MIN_VALUE ? Instant.now() : Instant.ofEpochMilli(latest));
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
