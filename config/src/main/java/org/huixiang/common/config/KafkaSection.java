package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code kafka} into {@link KafkaSettings}. Apart because Kafka is the one section whose
 * overrides come as a family of variables, one per client property (SASL and TLS settings are
 * Kafka's own, and only a deployment knows which it needs).
 */
final class KafkaSection {

    static final Set<String> KEYS = Set.of("bootstrap_servers", "group_id", "properties");

    private KafkaSection() {}

    /**
     * Bootstrap servers (host:port, comma-separated), client properties, group. Null when a problem
     * was found; the loader then reports them all.
     */
    static KafkaSettings read(ConfigSource source) {
        JsonNode kafka = source.at("kafka");
        int before = source.problemCount();
        String bootstrap =
                source.value(
                        EnvironmentOverride.KAFKA_BOOTSTRAP_SERVERS,
                        kafka,
                        "bootstrap_servers",
                        "127.0.0.1:19092");
        for (String server : bootstrap.split(",")) {
            if (!server.trim().matches("[^:\\s]+:\\d{1,5}")) {
                source.invalid(
                        "kafka.bootstrap_servers",
                        server,
                        "is not host:port",
                        "write e.g. kafka-0.example:9092");
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        kafka.path("properties")
                .fields()
                .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        properties.putAll(propertyOverrides(source));
        String groupId =
                source.value(EnvironmentOverride.KAFKA_GROUP_ID, kafka, "group_id", "huixiang");

        return source.ifClean(
                before, () -> new KafkaSettings(bootstrap.trim(), properties, groupId));
    }

    /** Client properties from HUIXIANG_KAFKA_PROPERTY_* variables. */
    private static Map<String, String> propertyOverrides(ConfigSource source) {
        String prefix = EnvironmentOverride.KAFKA_PROPERTY_.variable();
        Map<String, String> props = new TreeMap<>();
        source.variables()
                .forEach(
                        (name, value) -> {
                            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                                // variable names cannot hold dots: SASL_JAAS_CONFIG is
                                // sasl.jaas.config
                                props.put(
                                        name.substring(prefix.length())
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '.'),
                                        value);
                            }
                        });
        if (!props.isEmpty()) {
            source.used(EnvironmentOverride.KAFKA_PROPERTY_);
        }
        return props;
    }
}
