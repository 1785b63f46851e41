package org.huixiang.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.huixiang.devstack.internal.ChildProcess;
import org.huixiang.devstack.internal.Preflight;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running the {@code
 * kafka.Kafka} server main in a child JVM on loopback. Its data directory survives restarts: the
 * storage is formatted only the first time.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final int port;
    private final ChildProcess process;

    private KafkaBroker(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * @param home the broker's folder: server.properties, data/ and logs/ live here
     */
    public static KafkaBroker start(Path home, int port, int controllerPort) {
        Preflight.requireFreePort(port, "Kafka", "--kafka-port");
        Preflight.requireFreePort(
                controllerPort, "Kafka controller", "--kafka-port (controller uses port+1)");
        Preflight.requireFreeSpace(home, 512L << 20, "Kafka");
        try {
            Path data = home.resolve("data");
            Path config = home.resolve("server.properties");
            Files.createDirectories(data);
            Files.writeString(config, serverProperties(data, port, controllerPort));
            writeLogConfig(home);
            if (!Files.exists(data.resolve("meta.properties"))) {
                format(home, config);
            }
            ChildProcess process =
                    ChildProcess.start(
                            "kafka",
                            javaCommand(home, "kafka.Kafka", config.toString()),
                            home,
                            home.resolve("logs/server.out"),
                            home.resolve("kafka.pid"),
                            Map.of());
            KafkaBroker broker = new KafkaBroker(port, process);
            broker.awaitReady();
            return broker;
        } catch (IOException e) {
            throw new DevStackException(
                    "cannot prepare Kafka under " + home + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(props)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new DevStackException(
                            "Kafka exited during start-up. Last lines of "
                                    + process.log()
                                    + ":\n"
                                    + process.tail(30));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // keep polling until the deadline
                }
                sleep(300);
            }
        }
        process.close();
        throw new DevStackException(
                "Kafka did not become ready within "
                        + READY_TIMEOUT.toSeconds()
                        + " s. Last lines of "
                        + process.log()
                        + ":\n"
                        + process.tail(30));
    }

    private static void format(Path home, Path config) {
        ChildProcess format =
                ChildProcess.start(
                        "kafka-storage-format",
                        javaCommand(
                                home,
                                "kafka.tools.StorageTool",
                                "format",
                                "--standalone",
                                "--ignore-formatted",
                                "-t",
                                clusterId(),
                                "-c",
                                config.toString()),
                        home,
                        home.resolve("logs/format.out"),
                        home.resolve("format.pid"),
                        Map.of());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (format.isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
        format.close();
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            throw new DevStackException(
                    "formatting Kafka storage failed. Last lines of "
                            + format.log()
                            + ":\n"
                            + format.tail(20));
        }
    }

    private static String clusterId() {
        // Kafka's own ids never start with '-', which the storage tool would read as an option
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    private static List<String> javaCommand(Path home, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms256m");
        command.add("-Xmx512m");
        command.add("-XX:+UseG1GC");
        command.add("-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"));
        command.add("-Dkafka.logs.dir=" + home.resolve("logs"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static String serverProperties(Path data, int port, int controllerPort) {
        return String.join(
                "\n",
                "# written by huixiang devstack at every start; edit DevStack settings instead",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:"
                        + port
                        + ",CONTROLLER://127.0.0.1:"
                        + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:"
                        + port
                        + ",CONTROLLER://127.0.0.1:"
                        + controllerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=2",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                // Flink's exactly-once KafkaSink uses 1 h transactions; the broker default max is
                // 15 min
                "transaction.max.timeout.ms=3600000",
                // no time limit: retention is measured on record timestamps, and replayed history
                // carries the posts' own times (see TopicSetup)
                "log.retention.ms=-1",
                // a cheap check on a few partitions; often enough that a test sees its effect
                "log.retention.check.interval.ms=10000",
                "");
    }

    private static void writeLogConfig(Path home) throws IOException {
        Files.writeString(
                home.resolve("log4j2.properties"),
                String.join(
                        "\n",
                        "rootLogger.level=WARN",
                        "rootLogger.appenderRef.out.ref=out",
                        "appender.out.type=Console",
                        "appender.out.name=out",
                        "appender.out.layout.type=PatternLayout",
                        "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                        "logger.kafka.name=kafka",
                        "logger.kafka.level=INFO",
                        "logger.server.name=kafka.server.KafkaRaftServer",
                        "logger.server.level=INFO",
                        ""));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("interrupted while waiting for Kafka", e);
        }
    }
}
