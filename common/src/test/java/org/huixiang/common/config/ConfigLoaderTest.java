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
}
