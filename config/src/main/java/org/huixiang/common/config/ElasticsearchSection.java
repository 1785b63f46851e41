package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code elasticsearch} into an {@link ElasticsearchConnection} and the index replicas. Apart
 * because its settings constrain each other (a user needs a password, an API key excludes a user, a
 * CA file excludes a fingerprint), and because the CA certificate is read here, at start-up, so
 * that the connection carries its text to machines where the path may not exist.
 */
final class ElasticsearchSection {

    static final Set<String> KEYS =
            Set.of(
                    "hosts",
                    "username",
                    "password",
                    "password_file",
                    "api_key",
                    "api_key_file",
                    "ca_certificate",
                    "ca_fingerprint",
                    "replicas");

    private ElasticsearchSection() {}

    /**
     * Hosts, and basic auth or an API key, and how to trust the cluster's certificate. Null when a
     * problem was found; the loader then reports them all.
     */
    static ElasticsearchConnection read(ConfigSource source) {
        JsonNode es = source.at("elasticsearch");
        int before = source.problemCount();
        List<String> hosts = hosts(source, es);
        for (String host : hosts) {
            if (!host.matches("https?://[^/\\s]+(:\\d+)?/?")) {
                source.invalid(
                        "elasticsearch.hosts",
                        host,
                        "is not an http(s) URL",
                        "write e.g. https://es.example:9200");
            }
        }
        String username =
                source.value(EnvironmentOverride.ELASTICSEARCH_USERNAME, es, "username", null);
        String password = source.secret(EnvironmentOverride.ELASTICSEARCH_PASSWORD, es);
        if (username != null && password == null) {
            source.problem(
                    "elasticsearch.password",
                    "is missing while a username is set",
                    "set HUIXIANG_ELASTICSEARCH_PASSWORD or elasticsearch.password_file");
        }
        String apiKey = source.secret(EnvironmentOverride.ELASTICSEARCH_API_KEY, es);
        if (apiKey != null && username != null) {
            source.problem(
                    "elasticsearch.api_key",
                    "is set together with a username",
                    "use either api_key or username and password");
        }
        String caCertificate = caCertificate(source, es);
        String caFingerprint =
                source.value(
                        EnvironmentOverride.ELASTICSEARCH_CA_FINGERPRINT,
                        es,
                        "ca_fingerprint",
                        null);
        if (caFingerprint != null && !caFingerprint.matches("(?i)([0-9a-f]{2}:?){31}[0-9a-f]{2}")) {
            source.problem(
                    "elasticsearch.ca_fingerprint",
                    "is not a SHA-256 fingerprint",
                    "copy the 64 hex digits Elasticsearch printed at its first start (colons allowed)");
        } else if (caFingerprint != null && caCertificate != null) {
            source.problem(
                    "elasticsearch.ca_fingerprint",
                    "is set together with ca_certificate",
                    "give one of the two");
        }
        return source.ifClean(
                before,
                () ->
                        new ElasticsearchConnection(
                                hosts, username, password, apiKey, caCertificate, caFingerprint));
    }

    /**
     * {@code elasticsearch.replicas}: 0 on a single node; the indices' concern, not the client's.
     */
    static int replicas(ConfigSource source) {
        return source.integer(
                source.at("elasticsearch"),
                "elasticsearch.replicas",
                EnvironmentOverride.ELASTICSEARCH_REPLICAS,
                0,
                0);
    }

    /** A comma-separated variable, the file's list, or the embedded stack's node. */
    private static List<String> hosts(ConfigSource source, JsonNode es) {
        String fromEnvironment =
                source.variable(EnvironmentOverride.ELASTICSEARCH_HOSTS.variable());
        Stream<String> hosts;
        if (fromEnvironment != null) {
            source.used(EnvironmentOverride.ELASTICSEARCH_HOSTS);
            hosts = Arrays.stream(fromEnvironment.split(","));
        } else if (es.has("hosts")) {
            hosts = ConfigSource.texts(es.get("hosts")).stream();
        } else {
            hosts = Stream.of("http://127.0.0.1:19200");
        }
        return hosts.map(String::trim).toList();
    }

    /** The PEM text of the file elasticsearch.ca_certificate names, or null. */
    private static String caCertificate(ConfigSource source, JsonNode es) {
        String path =
                source.value(
                        EnvironmentOverride.ELASTICSEARCH_CA_CERTIFICATE,
                        es,
                        "ca_certificate",
                        null);
        if (path == null) {
            return null;
        }
        try {
            String pem = Files.readString(Path.of(path), StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
                source.invalid(
                        "elasticsearch.ca_certificate",
                        path,
                        "holds no PEM certificate",
                        "point it at the CA's .crt (e.g. config/certs/http_ca.crt of the cluster)");
                return null;
            }
            return pem;
        } catch (IOException e) {
            source.problem(
                    "elasticsearch.ca_certificate",
                    "cannot read '" + path + "'",
                    "point it at a readable PEM file");
            return null;
        }
    }
}
