package org.huixiang.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.huixiang.devstack.FlinkCluster;
import org.huixiang.devstack.FlinkClusterSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code huixiang cluster}: a Flink standalone session cluster on this machine. */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "A Flink standalone session cluster on this machine.",
        subcommands = {ClusterCommand.Up.class})
final class ClusterCommand implements Runnable {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code huixiang cluster up}: a JobManager and TaskManagers as processes, until Ctrl-C. */
    @Command(
            name = "up",
            mixinStandardHelpOptions = true,
            description = {
                "Starts a Flink standalone session cluster on loopback: a JobManager and",
                "TaskManagers, each a process of its own, running Flink's runtime from Maven",
                "Central. Submit the application with `huixiang run --flink 127.0.0.1:<rest-port>`.",
                "Configuration and logs under $HUIXIANG_HOME/cluster; runs until Ctrl-C."
            })
    static final class Up implements Callable<Integer> {

        @Option(
                names = "--rest-port",
                description = "REST and web UI port. Default: ${DEFAULT-VALUE}")
        int restPort = FlinkClusterSettings.DEFAULT_REST_PORT;

        @Option(
                names = "--rpc-port",
                description = "JobManager RPC port. Default: ${DEFAULT-VALUE}")
        int rpcPort = FlinkClusterSettings.DEFAULT_RPC_PORT;

        @Option(
                names = "--taskmanagers",
                description = "TaskManager processes. Default: ${DEFAULT-VALUE}")
        int taskManagers = 2;

        @Option(names = "--slots", description = "Slots per TaskManager. Default: ${DEFAULT-VALUE}")
        int slots = 2;

        @Option(
                names = "--taskmanager-memory",
                description = "A TaskManager's process size. Default: ${DEFAULT-VALUE}")
        String taskManagerMemory = "1600m";

        @Override
        public Integer call() throws Exception {
            FlinkClusterSettings settings =
                    new FlinkClusterSettings(
                            Home.path().resolve("cluster"),
                            restPort,
                            rpcPort,
                            taskManagers,
                            slots,
                            taskManagerMemory);
            try (FlinkCluster cluster = FlinkCluster.start(settings)) {
                System.out.println(
                        "Flink cluster up: "
                                + taskManagers
                                + " TaskManagers × "
                                + slots
                                + " slots; web UI and REST "
                                + cluster.restUrl());
                System.out.println(
                        "submit: ./huixiang run --flink "
                                + cluster.restAddress()
                                + " [--config FILE]; logs under "
                                + settings.home().resolve("logs")
                                + "; press Ctrl-C to stop.");
                new CountDownLatch(1).await();
                return 0;
            }
        }
    }
}
