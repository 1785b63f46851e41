package org.huixiang.devstack;

import java.nio.file.Path;

/**
 * Where the embedded stack keeps its files and which loopback ports it uses. Kafka's controller
 * listens on {@code kafkaPort + 1}, Elasticsearch's transport on {@code elasticsearchPort + 100}.
 *
 * @param home the stack's folder: kafka/, elasticsearch/ (data and logs), dist/ (the unpacked
 *     Elasticsearch distribution) and checkpoints/ (those of the jobs run on this stack); survives
 *     restarts
 */
public record DevStackSettings(
        Path home, int kafkaPort, int elasticsearchPort, int elasticsearchHeapMb) {

    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_ELASTICSEARCH_PORT = 19200;

    public static DevStackSettings defaults(Path home) {
        return new DevStackSettings(home, DEFAULT_KAFKA_PORT, DEFAULT_ELASTICSEARCH_PORT, 512);
    }

    public Path kafkaHome() {
        return home.resolve("kafka");
    }

    public Path elasticsearchHome() {
        return home.resolve("elasticsearch");
    }

    public Path distributionDir() {
        return home.resolve("dist");
    }

    /**
     * Where jobs run on this stack keep their checkpoints: they name offsets of this stack's
     * topics, so they belong with its data.
     */
    public Path checkpointsDir() {
        return home.resolve("checkpoints");
    }
}
