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

    @Test
    void everyEnvironmentOverrideReachesItsKey() throws Exception {
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        Path tokens = Files.writeString(dir.resolve("tokens"), "feed 0123456789abcdef01234567\n");
        Path adminPassword = Files.writeString(dir.resolve("admin"), "from-a-file\n");
        Path file = dir.resolve("huixiang.yaml");
        Files.writeString(
                file,
                "notifications: {email: {from: a@b.example, recipients: {县水利局: [c@d.example]}}}\n");
        Map<String, String> env = new java.util.HashMap<>();
        env.put("HUIXIANG_KAFKA_BOOTSTRAP_SERVERS", "k.example:9093");
        env.put("HUIXIANG_KAFKA_GROUP_ID", "g");
        env.put("HUIXIANG_KAFKA_PROPERTY_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("HUIXIANG_KAFKA_PROPERTY_SASL_JAAS_CONFIG", "secret-jaas");
        env.put("HUIXIANG_ELASTICSEARCH_HOSTS", "https://e1.example:9200, https://e2.example:9200");
        env.put("HUIXIANG_ELASTICSEARCH_USERNAME", "u");
        env.put("HUIXIANG_ELASTICSEARCH_PASSWORD", "p");
        env.put("HUIXIANG_ELASTICSEARCH_CA_CERTIFICATE", pem().toString());
        env.put("HUIXIANG_ELASTICSEARCH_REPLICAS", "1");
        env.put("HUIXIANG_FLINK_PARALLELISM", "6");
        env.put("HUIXIANG_CHECKPOINT_INTERVAL", "30s");
        env.put("HUIXIANG_CHECKPOINT_DIR", "s3://bucket/checkpoints");
        env.put("HUIXIANG_EVENT_TIME", "replay");
        env.put("HUIXIANG_SEEDS_DIR", seeds.toString());
        env.put("HUIXIANG_CONSOLE_HOST", "0.0.0.0");
        env.put("HUIXIANG_CONSOLE_PORT", "9000");
        env.put("HUIXIANG_ADMIN_USER", "admin");
        env.put("HUIXIANG_ADMIN_PASSWORD_FILE", adminPassword.toString());
        env.put("HUIXIANG_INTAKE_HOST", "0.0.0.0");
        env.put("HUIXIANG_INTAKE_PORT", "9001");
        env.put("HUIXIANG_INTAKE_TOKENS_FILE", tokens.toString());
        env.put("HUIXIANG_SMTP_HOST", "smtp.example");
        env.put("HUIXIANG_SMTP_PORT", "465");
        env.put("HUIXIANG_SMTP_USERNAME", "mailer");
        env.put("HUIXIANG_SMTP_PASSWORD", "m");

        ConfigLoader.Checked checked = ConfigLoader.check(file, env);
        HuixiangConfig c = checked.config();
        assertThat(c.kafka().clientProperties())
                .containsEntry("bootstrap.servers", "k.example:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret-jaas");
        assertThat(c.kafka().groupId()).isEqualTo("g");
        assertThat(c.elasticsearch().hosts())
                .containsExactly("https://e1.example:9200", "https://e2.example:9200");
        assertThat(c.elasticsearch().username()).isEqualTo("u");
        assertThat(c.elasticsearch().password()).isEqualTo("p");
        assertThat(c.elasticsearch().caCertificate()).contains("BEGIN CERTIFICATE");
        assertThat(c.replicas()).isEqualTo(1);
        assertThat(c.flink())
                .isEqualTo(
                        new FlinkSettings(
                                6,
                                Duration.ofSeconds(30),
                                "s3://bucket/checkpoints",
                                FlinkSettings.EventTime.REPLAY));
        assertThat(c.seedsDir()).isEqualTo(seeds.toString());
        assertThat(c.console().host()).isEqualTo("0.0.0.0");
        assertThat(c.console().port()).isEqualTo(9000);
        assertThat(c.console().adminUser()).isEqualTo("admin");
        assertThat(c.console().adminPassword()).isEqualTo("from-a-file");
        assertThat(c.intake()).isEqualTo(new IntakeSettings("0.0.0.0", 9001, tokens.toString()));
        assertThat(c.notifications().email().host()).isEqualTo("smtp.example");
        assertThat(c.notifications().email().port()).isEqualTo(465);
        assertThat(c.notifications().email().username()).isEqualTo("mailer");
        assertThat(c.notifications().email().password()).isEqualTo("m");

        // the two that conflict with the ones above (API key vs user, fingerprint vs CA file)
        Map<String, String> others =
                Map.of(
                        "HUIXIANG_ELASTICSEARCH_API_KEY",
                        "key",
                        "HUIXIANG_ELASTICSEARCH_CA_FINGERPRINT",
                        "ab".repeat(32));
        ConfigLoader.Checked second = ConfigLoader.check(null, others);
        assertThat(second.config().elasticsearch().apiKey()).isEqualTo("key");
        assertThat(second.config().elasticsearch().caFingerprint()).isEqualTo("ab".repeat(32));

        java.util.Set<EnvironmentOverride> used = new java.util.HashSet<>(checked.overrides());
        used.addAll(second.overrides());
        assertThat(used)
                .as("every override this test sets was read, and the test sets every override")
                .containsExactlyInAnyOrder(EnvironmentOverride.values());
        assertThat(env.keySet()).allMatch(EnvironmentOverride::known);
        assertThat(EnvironmentOverride.known("HUIXIANG_FLINK_PARALELISM")).isFalse();
    }

    @Test
    void problemsNameTheVariableWhenTheEnvironmentSetTheValue() {
        assertThatThrownBy(
                        () ->
                                ConfigLoader.load(
                                        null,
                                        Map.of(
                                                "HUIXIANG_FLINK_PARALLELISM", "zero",
                                                "HUIXIANG_CHECKPOINT_INTERVAL", "soon",
                                                "HUIXIANG_ADMIN_PASSWORD_FILE", "/no/such/file")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        "HUIXIANG_FLINK_PARALLELISM (environment, overrides flink.parallelism):"
                                + " 'zero' is not a whole number")
                .hasMessageContaining(
                        "HUIXIANG_CHECKPOINT_INTERVAL (environment, overrides"
                                + " flink.checkpoint_interval)")
                .hasMessageContaining("HUIXIANG_ADMIN_PASSWORD_FILE (environment): cannot read");
    }

    @Test
    void unknownKeysInsideSectionsAreNamedWithTheKnownOnes() throws Exception {
        Path file = dir.resolve("typos.yaml");
        Files.writeString(
                file,
                """
                flink: {paralelism: 4}
                elasticsearch: {host: [http://es:9200]}
                notifications:
                  webhooks: [{name: a, url: "http://hook.example", unit: [x]}]
                  email: {smtp_host: m, from: a@b.example, recipients: {x: [y@z.example]}, port: 25}
                console: 8080
                """);
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        file
                                + ": flink.paralelism: is not a known key. Fix: use one of [checkpoint_dir, checkpoint_interval, event_time, parallelism]")
                .hasMessageContaining("elasticsearch.host: is not a known key")
                .hasMessageContaining("notifications.webhooks[0].unit: is not a known key")
                .hasMessageContaining("notifications.email.port: is not a known key")
                .hasMessageContaining("console: is not a section");
    }

    /** A PEM file shaped like a CA certificate (the loader checks the shape, not the key). */
    private Path pem() throws Exception {
        return Files.writeString(
                dir.resolve("ca.crt"),
                "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    }
}
