package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.setup.SetupMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code huixiang setup}: index templates (and optionally topics), then exit. */
@Command(
        name = "setup",
        mixinStandardHelpOptions = true,
        description = {
            "Installs (or updates) the index templates on the configured Elasticsearch and, with",
            "--topic-replication, creates the missing Kafka topics; then exits. Kubernetes runs it",
            "as a Job before the application (deploy/k8s); Strimzi manages the topics there."
        })
final class SetupCommand implements Callable<Integer> {

    @Option(names = "--config", description = "YAML configuration file (see README).")
    Path config;

    @Option(
            names = "--topic-replication",
            description =
                    "Create missing topics with this replication factor (0: leave topics alone)."
                            + " Default: ${DEFAULT-VALUE}")
    short topicReplication = 0;

    @Override
    public Integer call() throws Exception {
        SetupMain.run(ConfigLoader.load(config, System.getenv()), topicReplication);
        return 0;
    }
}
