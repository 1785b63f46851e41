package org.huixiang.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.setup.ApplicationSetup;
import org.huixiang.devstack.DevStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code huixiang up}: only the embedded Kafka and Elasticsearch. */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description =
                "Starts the embedded Kafka and Elasticsearch on loopback, prints their addresses, runs until Ctrl-C.")
final class UpCommand implements Callable<Integer> {

    @Mixin StackOptions stack;

    @Override
    public Integer call() throws Exception {
        try (DevStack devStack = DevStack.start(stack.settings())) {
            // the application's topics and templates, as `huixiang run` would make them, so that
            // replay and the console work against this stack before any job ran
            ApplicationSetup.prepare(
                    ConfigLoader.embedded(
                            devStack.kafkaBootstrapServers(),
                            devStack.elasticsearchUrl(),
                            stack.settings().checkpointsDir().toString()),
                    (short) 1);
            System.out.println("kafka.bootstrap_servers: " + devStack.kafkaBootstrapServers());
            System.out.println("elasticsearch.hosts: [" + devStack.elasticsearchUrl() + "]");
            System.out.println(
                    "data and logs under " + stack.settings().home() + "; press Ctrl-C to stop.");
            new CountDownLatch(1).await();
            return 0;
        }
    }
}
