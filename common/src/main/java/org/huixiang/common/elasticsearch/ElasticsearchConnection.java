package org.huixiang.common.elasticsearch;

import java.io.Serializable;
import java.util.List;

/**
 * How to reach an Elasticsearch cluster. Serializable so a sink can carry it to its writers, which
 * build their clients at run time (clients themselves are never serialized).
 *
 * @param hosts URLs such as {@code http://127.0.0.1:9200} or {@code https://es.example:9200}
 * @param username basic-auth user, or null
 * @param password basic-auth password, or null; never logged
 */
public record ElasticsearchConnection(List<String> hosts, String username, String password)
        implements Serializable {

    public ElasticsearchConnection {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch host is required");
        }
    }

    public static ElasticsearchConnection of(String... hosts) {
        return new ElasticsearchConnection(List.of(hosts), null, null);
    }

    @Override
    public String toString() {
        return "ElasticsearchConnection" + hosts + (username == null ? "" : " as " + username);
    }
}
