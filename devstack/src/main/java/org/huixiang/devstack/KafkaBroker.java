package org.huixiang.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.huixiang.devstack.internal.ChildProcess;
import org.huixiang.devstack.internal.EmbeddedJvm;
import org.huixiang.devstack.internal.HttpsMaterial;
import org.huixiang.devstack.internal.Preflight;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running the {@code
 * kafka.Kafka} server main in a child JVM on loopback. Its data directory survives restarts: the
 * storage is formatted only the first time. With {@link Security}, clients must speak SASL_SSL: TLS
 * with a self-signed certificate ({@link HttpsMaterial}) and SASL/PLAIN with one user.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /** Security on: SASL_SSL, and one client user with this name and password. */
    public record Security(String username, String password) {
        @Override
        public String toString() {
            return "Security[" + username + "]";
        }
    }

    private final int port;
    private final ChildProcess process;
    private final Map<String, String> clientProperties;

    private KafkaBroker(int port, ChildProcess process, Map<String, String> clientProperties) {
        this.port = port;
        this.process = process;
        this.clientProperties = clientProperties;
    }

    /**
     * @param home the broker's folder: server.properties, data/ and logs/ live here
     */
    public static KafkaBroker start(Path home, int port, int controllerPort) {
        return start(home, port, controllerPort, null);
    }

    /**
     * @param security null for a plaintext listener
     */
    public static KafkaBroker start(Path home, int port, int controllerPort, Security security) {
        Preflight.requireFreePort(port, "Kafka", "--kafka-port");
        Preflight.requireFreePort(
                controllerPort, "Kafka controller", "--kafka-port (controller uses port+1)");
        Preflight.requireFreeSpace(home, 512L << 20, "Kafka");
        try {
            Path data = home.resolve("data");
            Path config = home.resolve("server.properties");
            Files.createDirectories(data);
            String listener = security == null ? "PLAINTEXT" : "SASL_SSL";
            List<String> securitySettings = security == null ? List.of() : saslSsl(home, security);
            Map<String, String> client = clientProperties(home, port, security);
            Files.writeString(
                    config,
                    serverProperties(data, port, controllerPort, listener, securitySettings));
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
            KafkaBroker broker = new KafkaBroker(port, process, client);
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

    /** What a client needs to connect: the bootstrap servers and, when secured, SASL and TLS. */
    public Map<String, String> clientProperties() {
        return clientProperties;
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
        props.putAll(clientProperties);
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
        command.add(EmbeddedJvm.JIT);
        command.add("-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"));
        command.add("-Dkafka.logs.dir=" + home.resolve("logs"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** What a client of this broker sets: the address and, when secured, SASL_SSL. */
    private static Map<String, String> clientProperties(Path home, int port, Security security) {
        Map<String, String> client = new LinkedHashMap<>();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        if (security != null) {
            client.put("security.protocol", "SASL_SSL");
            client.put("sasl.mechanism", "PLAIN");
            client.put(
                    "sasl.jaas.config",
                    plainLogin(credentials(security.username(), security.password())));
            client.put("ssl.truststore.type", "PEM");
            client.put("ssl.truststore.location", HttpsMaterial.certificate(home).toString());
        }
        return Map.copyOf(client);
    }

    /**
     * The broker's own TLS key pair (key and certificate in one PEM keystore file) and its users:
     * the broker itself, for the inter-broker login, and the client.
     */
    private static List<String> saslSsl(Path home, Security security) throws IOException {
        HttpsMaterial.ensure(home);
        Path keystore = home.resolve(HttpsMaterial.FOLDER).resolve("keystore.pem");
        Files.writeString(
                keystore,
                Files.readString(HttpsMaterial.key(home))
                        + Files.readString(HttpsMaterial.certificate(home)));
        String brokerPassword = UUID.randomUUID().toString();
        return List.of(
                "sasl.enabled.mechanisms=PLAIN",
                "sasl.mechanism.inter.broker.protocol=PLAIN",
                "listener.name.sasl_ssl.plain.sasl.jaas.config="
                        + plainLogin(
                                credentials("broker", brokerPassword)
                                        + " user_broker=\""
                                        + brokerPassword
                                        + "\" user_"
                                        + security.username()
                                        + "=\""
                                        + security.password()
                                        + "\""),
                "ssl.keystore.type=PEM",
                "ssl.keystore.location=" + keystore,
                "ssl.truststore.type=PEM",
                "ssl.truststore.location=" + HttpsMaterial.certificate(home));
    }

    private static String credentials(String username, String password) {
        return "username=\"" + username + "\" password=\"" + password + "\"";
    }

    private static String plainLogin(String options) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required " + options + ";";
    }

    private static String serverProperties(
            Path data, int port, int controllerPort, String listener, List<String> security) {
        List<String> lines =
                new ArrayList<>(
                        List.of(
                                "# written by huixiang devstack at every start; edit DevStack settings instead",
                                "process.roles=broker,controller",
                                "node.id=1",
                                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                                "listeners="
                                        + listener
                                        + "://127.0.0.1:"
                                        + port
                                        + ",CONTROLLER://127.0.0.1:"
                                        + controllerPort,
                                "advertised.listeners="
                                        + listener
                                        + "://127.0.0.1:"
                                        + port
                                        + ",CONTROLLER://127.0.0.1:"
                                        + controllerPort,
                                "controller.listener.names=CONTROLLER",
                                "inter.broker.listener.name=" + listener,
                                "listener.security.protocol.map="
                                        + listener
                                        + ":"
                                        + listener
                                        + ",CONTROLLER:PLAINTEXT",
                                "log.dirs=" + data,
                                "num.partitions=2",
                                "auto.create.topics.enable=false",
                                "offsets.topic.replication.factor=1",
                                "transaction.state.log.replication.factor=1",
                                "transaction.state.log.min.isr=1",
                                "min.insync.replicas=1",
                                "group.initial.rebalance.delay.ms=0",
                                // Flink's exactly-once KafkaSink uses 1 h transactions; the broker
                                // default max is 15 min
                                "transaction.max.timeout.ms=3600000",
                                // no time limit: retention is measured on record timestamps, and
                                // replayed history carries the posts' own times (see TopicSetup)
                                "log.retention.ms=-1",
                                // a cheap check on a few partitions; often enough that a test sees
                                // its effect
                                "log.retention.check.interval.ms=10000"));
        lines.addAll(security);
        lines.add("");
        return String.join("\n", lines);
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
