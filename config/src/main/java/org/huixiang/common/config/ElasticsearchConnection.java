package org.huixiang.common.config;

import java.io.Serializable;
import java.util.List;

/**
 * How to reach an Elasticsearch cluster. Serializable so a sink can carry it to its writers, which
 * build their clients at run time (clients themselves are never serialized); that is also why the
 * CA certificate travels as its PEM text rather than as a path that may not exist on a TaskManager.
 *
 * @param hosts URLs such as {@code http://127.0.0.1:9200} or {@code https://es.example:9200}
 * @param username basic-auth user, or null
 * @param password basic-auth password, or null; never logged
 * @param apiKey an API key (the encoded form Elasticsearch returns), or null; never logged. Used
 *     instead of basic auth
 * @param caCertificate the PEM text of the CA that signed the cluster's HTTP certificate, or null
 * @param caFingerprint the SHA-256 fingerprint of that CA (hex, colons allowed), or null; with
 *     neither, HTTPS trusts the JVM's default CAs
 */
public record ElasticsearchConnection(
        List<String> hosts,
        String username,
        String password,
        String apiKey,
        String caCertificate,
        String caFingerprint)
        implements Serializable {

    public ElasticsearchConnection {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch host is required");
        }
        if (apiKey != null && username != null) {
            throw new IllegalArgumentException("give either an API key or a username, not both");
        }
        if (caCertificate != null && caFingerprint != null) {
            throw new IllegalArgumentException(
                    "give either a CA certificate or its fingerprint, not both");
        }
    }

    /** Plain HTTP or HTTPS with the default trust, without credentials. */
    public static ElasticsearchConnection of(String... hosts) {
        return new ElasticsearchConnection(List.of(hosts), null, null, null, null, null);
    }

    /** HTTPS with basic auth, trusting the CA in {@code caCertificate} (PEM text). */
    public static ElasticsearchConnection basicAuth(
            List<String> hosts, String username, String password, String caCertificate) {
        return new ElasticsearchConnection(hosts, username, password, null, caCertificate, null);
    }

    @Override
    public String toString() {
        String auth =
                username != null ? " as " + username : apiKey != null ? " with an API key" : "";
        String trust =
                caCertificate != null
                        ? ", trusting a configured CA"
                        : caFingerprint != null ? ", trusting CA " + caFingerprint : "";
        return "ElasticsearchConnection" + hosts + auth + trust;
    }
}
