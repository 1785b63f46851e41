package org.huixiang.app.cli;

import org.huixiang.devstack.DevStackSettings;
import picocli.CommandLine.Option;

/** Ports of the embedded stack, shared by the commands that start it. */
final class StackOptions {

    @Option(
            names = "--kafka-port",
            description = "Kafka port on 127.0.0.1 (controller: port+1). Default: ${DEFAULT-VALUE}")
    int kafkaPort = DevStackSettings.DEFAULT_KAFKA_PORT;

    @Option(
            names = "--es-port",
            description =
                    "Elasticsearch HTTP port on 127.0.0.1 (transport: port+100). Default: ${DEFAULT-VALUE}")
    int elasticsearchPort = DevStackSettings.DEFAULT_ELASTICSEARCH_PORT;

    DevStackSettings settings() {
        return Home.stack(kafkaPort, elasticsearchPort);
    }
}
