package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.TopicSetup;
import org.huixiang.common.kafka.Topics;
import org.huixiang.devstack.KafkaBroker;
import org.huixiang.devstack.internal.Preflight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application against a Kafka broker that requires SASL_SSL (TLS with the broker's own
 * certificate, SASL/PLAIN), configured from YAML, the password read by Kafka's file config provider
 * from a secrets file: the run stores every post, the broker turns away plaintext and wrong
 * passwords, and the password is nowhere in the log.
 */
class SecureKafkaIT {

    static final String PASSWORD = "Kx-" + UUID.randomUUID();
    static KafkaBroker secured;
    @TempDir static Path home;

    @BeforeAll
    static void startASecuredBroker() throws Exception {
        int port = Preflight.freePort();
        secured =
                KafkaBroker.start(
                        home.resolve("kafka"),
                        port,
                        Preflight.freePort(),
                        new KafkaBroker.Security("huixiang", PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (secured != null) {
            secured.close();
        }
    }

    @Test
    void runsOverSaslSslFromConfigurationAndNeverLogsThePassword() throws Exception {
        Map<String, String> client = secured.clientProperties();
        Path secrets = home.resolve("kafka-secrets.properties");
        Files.writeString(
                secrets,
                "jaas=org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"huixiang\" password=\""
                        + PASSWORD
                        + "\";\n",
                StandardCharsets.UTF_8);
        Path yaml = home.resolve("huixiang.yaml");
        Files.writeString(
                yaml,
                String.join(
                        "\n",
                        "kafka:",
                        "  bootstrap_servers: \"" + secured.bootstrapServers() + "\"",
                        "  group_id: it-secure",
                        "  properties:",
                        "    security.protocol: SASL_SSL",
                        "    sasl.mechanism: PLAIN",
                        "    ssl.truststore.type: PEM",
                        "    ssl.truststore.location: \""
                                + client.get("ssl.truststore.location")
                                + "\"",
                        "    config.providers: file",
                        "    config.providers.file.class:"
                                + " org.apache.kafka.common.config.provider.FileConfigProvider",
                        "    sasl.jaas.config: \"${file:" + secrets + ":jaas}\"",
                        "elasticsearch: {hosts: [\""
                                + TestConsole.config().elasticsearch().hosts().get(0)
                                + "\"]}",
                        ""),
                StandardCharsets.UTF_8);
        HuixiangConfig config =
                ConfigLoader.load(yaml, Map.of()).withFlink(TestConsole.config().flink());
        assertThat(Files.readString(yaml)).doesNotContain(PASSWORD);

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ProducerRecord<byte[], byte[]>> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posts.add(
                    new ProducerRecord<>(
                            Topics.RAW_POSTS,
                            RunPosts.post(run + "-" + i, RunPosts.WATER, Instant.now())
                                    .getBytes(StandardCharsets.UTF_8)));
        }
        StringWriter log = new StringWriter();
        RunSummary summary;
        try (LogCapture capture = LogCapture.into(log)) {
            TopicSetup.ensure(config.kafka().clientProperties(), 1, (short) 1);
            summary =
                    TestRuns.bounded(config)
                            .run(
                                    kafka -> {
                                        RunPosts.sendAll(kafka, posts);
                                        return Instant.now();
                                    });
        }

        assertThat(summary.recordsIn()).isEqualTo(5);
        assertThat(summary.documentsIndexed()).isEqualTo(5);
        assertThat(summary.reconciled()).isTrue();
        assertThat(log.toString()).as("the run logged, and not the password").isNotBlank();
        assertThat(log.toString()).doesNotContain(PASSWORD);

        assertThatThrownBy(() -> describe(Map.of("bootstrap.servers", secured.bootstrapServers())))
                .as("plaintext is turned away");
        Map<String, String> wrong = new java.util.HashMap<>(client);
        wrong.put(
                "sasl.jaas.config",
                client.get("sasl.jaas.config").replace(PASSWORD, "not-the-password"));
        assertThatThrownBy(() -> describe(wrong))
                .as("a wrong password is turned away")
                .hasStackTraceContaining("Authentication failed");
    }

    private static void describe(Map<String, String> properties) throws Exception {
        Properties props = new Properties();
        props.putAll(properties);
        props.put("request.timeout.ms", "3000");
        props.put("default.api.timeout.ms", "5000");
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
        }
    }
}
