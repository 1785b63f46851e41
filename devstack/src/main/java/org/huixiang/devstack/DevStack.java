package org.huixiang.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.huixiang.devstack.internal.Preflight;

/**
 * The embedded default: a real Kafka broker and a real Elasticsearch on loopback, started together
 * (in parallel: Elasticsearch takes the longest). It knows nothing of the application: the topics
 * and index templates are the application's to create. Closing it stops both.
 */
public final class DevStack implements AutoCloseable {

    private final DevStackSettings settings;
    private volatile KafkaBroker kafka;
    private volatile ElasticsearchNode elasticsearch;

    private DevStack(
            DevStackSettings settings, KafkaBroker kafka, ElasticsearchNode elasticsearch) {
        this.settings = settings;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /** Starts both servers and waits until they answer. */
    public static DevStack start(DevStackSettings settings) {
        CompletableFuture<ElasticsearchNode> es =
                CompletableFuture.supplyAsync(() -> startElasticsearch(settings));
        KafkaBroker kafka;
        try {
            kafka =
                    KafkaBroker.start(
                            settings.kafkaHome(), settings.kafkaPort(), settings.kafkaPort() + 1);
        } catch (RuntimeException e) {
            es.thenAccept(ElasticsearchNode::close);
            throw e;
        }
        ElasticsearchNode node;
        try {
            node = es.join();
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new DevStack(settings, kafka, node);
    }

    /**
     * Starts both servers on empty data folders (the unpacked distribution is kept), for runs that
     * must not see, or be slowed by, what earlier runs wrote. Earlier jobs' checkpoints go too:
     * they name offsets of the topics just emptied, and a benchmark left ~23 MB of them per run.
     * The ports are checked first, so a stack still running on them keeps its data.
     */
    public static DevStack startFresh(DevStackSettings settings) {
        Preflight.requireFreePort(settings.kafkaPort(), "Kafka", "--kafka-port");
        Preflight.requireFreePort(settings.elasticsearchPort(), "Elasticsearch HTTP", "--es-port");
        try {
            deleteTree(settings.kafkaHome());
            deleteTree(settings.elasticsearchHome());
            deleteTree(settings.checkpointsDir());
        } catch (IOException e) {
            throw new DevStackException(
                    "cannot empty " + settings.home() + ": " + e.getMessage(), e);
        }
        return start(settings);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public DevStackSettings settings() {
        return settings;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    /**
     * Stops Elasticsearch, keeps it down for {@code down}, and starts it again on the same port and
     * data: a fault for tests of what the pipeline does while its store is away.
     */
    public void restartElasticsearch(Duration down) throws InterruptedException {
        elasticsearch.close();
        Thread.sleep(down.toMillis());
        elasticsearch = startElasticsearch(settings);
    }

    /**
     * Stops the Kafka broker, keeps it down for {@code down}, and starts it again on the same ports
     * and data (its log keeps every record): a fault for tests.
     */
    public void restartKafka(Duration down) throws InterruptedException {
        kafka.close();
        Thread.sleep(down.toMillis());
        kafka =
                KafkaBroker.start(
                        settings.kafkaHome(), settings.kafkaPort(), settings.kafkaPort() + 1);
    }

    private static ElasticsearchNode startElasticsearch(DevStackSettings settings) {
        return ElasticsearchNode.start(
                settings.elasticsearchHome(),
                settings.distributionDir(),
                settings.elasticsearchPort(),
                settings.elasticsearchPort() + 100,
                settings.elasticsearchHeapMb());
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            elasticsearch.close();
        }
    }
}
