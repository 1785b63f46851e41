package org.huixiang.common.config;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * How to reach Kafka.
 *
 * @param properties extra client properties (security.protocol, sasl.*, ssl.*) passed to every
 *     producer, consumer and admin client
 * @param groupId the consumer group of the application
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> properties, String groupId)
        implements Serializable {

    public KafkaSettings {
        properties = Map.copyOf(properties);
    }

    /** bootstrap.servers plus the extra properties, ready for a Kafka client. */
    public Map<String, String> clientProperties() {
        Map<String, String> all = new HashMap<>(properties);
        all.put("bootstrap.servers", bootstrapServers);
        return all;
    }

    @Override
    public String toString() {
        // property values may hold secrets (sasl.jaas.config): show the keys only
        return "KafkaSettings[" + bootstrapServers + ", properties=" + properties.keySet() + "]";
    }
}
