package org.huixiang.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir Path dir;

    @Test
    void defaultsPointAtTheEmbeddedStack() {
        HuixiangConfig config = ConfigLoader.load(null, Map.of());
        assertThat(config.kafka().bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(config.elasticsearch().hosts()).containsExactly("http://127.0.0.1:19200");
        assertThat(config.flink().parallelism()).isEqualTo(2);
    }

    @Test
    void readsTheFileAndLetsTheEnvironmentWin() throws Exception {
        Path file = dir.resolve("huixiang.yaml");
        Path secret = dir.resolve("es-password");
        Files.writeString(secret, "s3cret\n");
        Files.writeString(
                file,
                """
                kafka:
                  bootstrap_servers: kafka-0.example:9093,kafka-1.example:9093
                  properties: {security.protocol: SASL_SSL, sasl.mechanism: SCRAM-SHA-512}
                elasticsearch:
                  hosts: [https://es.example:9200]
                  username: huixiang
                  password_file: %s
                  replicas: 1
                flink:
                  parallelism: 4
                  checkpoint_interval: 30s
                """
                        .formatted(secret));
        HuixiangConfig config = ConfigLoader.load(file, Map.of("HUIXIANG_FLINK_PARALLELISM", "8"));
        assertThat(config.kafka().clientProperties())
                .containsEntry("bootstrap.servers", "kafka-0.example:9093,kafka-1.example:9093")
                .containsEntry("security.protocol", "SASL_SSL");
        assertThat(config.elasticsearch().password()).isEqualTo("s3cret");
        assertThat(config.elasticsearch().toString()).doesNotContain("s3cret");
        assertThat(config.replicas()).isEqualTo(1);
        assertThat(config.flink().parallelism()).isEqualTo(8);
        assertThat(config.flink().checkpointInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void namesFileKeyAndFixForEveryProblem() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(
                file,
                """
                kafka: {bootstrap_servers: "no-port"}
                elasticsearch: {hosts: [es.example:9200], username: me}
                flink: {parallelism: zero, checkpoint_interval: soon}
                surprise: true
                """);
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        file + ": kafka.bootstrap_servers: 'no-port' is not host:port")
                .hasMessageContaining(
                        "elasticsearch.hosts: 'es.example:9200' is not an http(s) URL")
                .hasMessageContaining("elasticsearch.password: is missing while a username is set")
                .hasMessageContaining("parallelism: 'zero' is not a whole number")
                .hasMessageContaining("flink.checkpoint_interval")
                .hasMessageContaining("surprise: is not a known key")
                .hasMessageContaining("Fix:");
    }

    @Test
    void elasticsearchTrustAndKeysAreCheckedAtStartUp() throws Exception {
        Path notPem = dir.resolve("ca.crt");
        Files.writeString(notPem, "hello");
        Path file = dir.resolve("es.yaml");
        Files.writeString(
                file,
                """
                elasticsearch:
                  hosts: [https://es.example:9200]
                  username: me
                  password: pw
                  api_key: abc
                  ca_certificate: %s
                """
                        .formatted(notPem));
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessageContaining("elasticsearch.api_key: is set together with a username")
                .hasMessageContaining(
                        "elasticsearch.ca_certificate: '" + notPem + "' holds no PEM");
        Files.writeString(
                file, "elasticsearch: {hosts: [https://es.example:9200], ca_fingerprint: 12:ab}\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessageContaining("elasticsearch.ca_fingerprint: is not a SHA-256 fingerprint");

        Path key = dir.resolve("es-api-key");
        Files.writeString(key, "ZW5jb2RlZA==\n");
        String fingerprint = "AB:".repeat(31) + "AB";
        Files.writeString(
                file,
                """
                elasticsearch:
                  hosts: [https://es.example:9200]
                  api_key_file: %s
                  ca_fingerprint: "%s"
                """
                        .formatted(key, fingerprint));
        HuixiangConfig config = ConfigLoader.load(file, Map.of());
        assertThat(config.elasticsearch().apiKey()).isEqualTo("ZW5jb2RlZA==");
        assertThat(config.elasticsearch().caFingerprint()).isEqualTo(fingerprint);
        assertThat(config.elasticsearch().toString()).doesNotContain("ZW5jb2RlZA==");
    }

    @Test
    void kafkaSecretsComeFromFilesThroughKafkasConfigProviders() throws Exception {
        Path secrets = dir.resolve("kafka-secrets.properties");
        Files.writeString(
                secrets,
                "jaas=org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"huixiang\" password=\"hunter2\";\n");
        Path file = dir.resolve("kafka.yaml");
        Files.writeString(
                file,
                """
                kafka:
                  bootstrap_servers: kafka-0.example:9093
                  properties:
                    security.protocol: SASL_SSL
                    sasl.mechanism: SCRAM-SHA-512
                    config.providers: file
                    config.providers.file.class: org.apache.kafka.common.config.provider.FileConfigProvider
                    sasl.jaas.config: "${file:%s:jaas}"
                """
                        .formatted(secrets));
        HuixiangConfig config = ConfigLoader.load(file, Map.of());
        assertThat(config.toString()).doesNotContain("hunter2");
        // what a Kafka client makes of the properties: the secret, read from the file
        java.util.Properties props = new java.util.Properties();
        props.putAll(config.kafka().clientProperties());
        props.put(
                "key.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class);
        props.put(
                "value.serializer",
                org.apache.kafka.common.serialization.ByteArraySerializer.class);
        var producerConfig = new org.apache.kafka.clients.producer.ProducerConfig(props);
        assertThat(producerConfig.getPassword("sasl.jaas.config").value())
                .contains("password=\"hunter2\"");
    }

    @Test
    void trainedModelsAreOptionalButMustExistWhenNamed() throws Exception {
        assertThat(ConfigLoader.load(null, Map.of()).analysis().routingModel()).isNull();
        Path model = dir.resolve("routing.model");
        Files.writeString(model, "x");
        Path file = dir.resolve("models.yaml");
        Files.writeString(
                file,
                "analysis: {routing_model: "
                        + model
                        + ", sentiment_model: "
                        + dir.resolve("missing.model")
                        + "}\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessageContaining(
                        "analysis.sentiment_model: '"
                                + dir.resolve("missing.model")
                                + "' is not a readable file")
                .hasMessageContaining("huixiang train sentiment");
        Files.writeString(file, "analysis: {routing_model: " + model + "}\n");
        assertThat(ConfigLoader.load(file, Map.of()).analysis().routingModel())
                .isEqualTo(model.toString());
    }

    @Test
    void kafkaSettingsHideTheirPropertyValues() {
        KafkaSettings kafka =
                new KafkaSettings(
                        "k:9092", Map.of("sasl.jaas.config", "password=\"hunter2\""), "g");
        assertThat(kafka.toString()).doesNotContain("hunter2").contains("sasl.jaas.config");
        assertThat(List.of(kafka.clientProperties().get("bootstrap.servers")))
                .containsExactly("k:9092");
    }

    @Test
    void readsNotificationsAndTheClockWithUrlsFromTheEnvironment() throws Exception {
        Path file = dir.resolve("huixiang.yaml");
        Files.writeString(
                file,
                """
                flink: {event_time: replay}
                notifications:
                  attempts: 4
                  first_pause: 2s
                  webhooks:
                    - {name: team, format: wecom, url_env: TEAM_HOOK, units: [县政府办公室], escalations_only: true}
                    - {name: ops, url: "https://ops.example/hook"}
                """);
        HuixiangConfig config =
                ConfigLoader.load(
                        file,
                        Map.of(
                                "TEAM_HOOK",
                                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"));
        assertThat(config.flink().eventTime()).isEqualTo(FlinkSettings.EventTime.REPLAY);
        NotificationSettings n = config.notifications();
        assertThat(n.attempts()).isEqualTo(4);
        assertThat(n.firstPause()).isEqualTo(Duration.ofSeconds(2));
        assertThat(n.webhooks()).hasSize(2);
        assertThat(n.webhooks().get(0).url()).endsWith("key=k");
        assertThat(n.webhooks().get(0).format()).isEqualTo(NotificationSettings.Format.WECOM);
        assertThat(n.webhooks().get(0).escalationsOnly()).isTrue();
        assertThat(n.webhooks().get(1).format()).isEqualTo(NotificationSettings.Format.GENERIC);
        assertThat(ConfigLoader.load(null, Map.of()).notifications().webhooks()).isEmpty();
        assertThat(n.email()).isNull();
    }

    @Test
    void readsEmailWithThePasswordFromTheEnvironment() throws Exception {
        Path file = dir.resolve("huixiang.yaml");
        Files.writeString(
                file,
                """
                notifications:
                  email:
                    smtp_host: smtp.example
                    from: huixiang@gaoxian.example
                    username: huixiang
                    recipients: {县水利局: [duty@water.example]}
                """);
        NotificationSettings.Email email =
                ConfigLoader.load(file, Map.of("HUIXIANG_SMTP_PASSWORD", "pw"))
                        .notifications()
                        .email();
        assertThat(email.port()).isEqualTo(587);
        assertThat(email.startTls()).isTrue();
        assertThat(email.password()).isEqualTo("pw");
        assertThat(email.recipients()).containsKey("县水利局");
    }

    @Test
    void reportsBrokenNotificationsAndClock() throws Exception {
        Path file = dir.resolve("huixiang.yaml");
        Files.writeString(
                file,
                """
                flink: {event_time: yesterday}
                notifications:
                  webhooks:
                    - {name: a, format: slack, url: "https://x.example/h"}
                    - {name: b, url_env: MISSING_HOOK}
                    - {name: c, url: "ftp://x.example"}
                """);
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessageContaining("flink.event_time: 'yesterday' is neither live nor replay")
                .hasMessageContaining(
                        "notifications.webhooks[0].format: 'slack' is not a known format")
                .hasMessageContaining(
                        "notifications.webhooks[1].url_env: names MISSING_HOOK, which is not set")
                .hasMessageContaining(
                        "notifications.webhooks[2].url: 'ftp://x.example' is not an http(s) URL");
    }
}
