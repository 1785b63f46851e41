package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.ElasticsearchConnection;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.setup.AppStack;
import org.huixiang.devstack.DevStack;
import org.huixiang.devstack.ElasticsearchNode;
import org.huixiang.devstack.internal.Preflight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application against an Elasticsearch with security on: HTTPS with the cluster's own
 * certificate and basic auth, configured from a file (password in a file of its own) and again from
 * the environment alone (trust by fingerprint). The password never appears in what the run logs.
 *
 * <p>API keys are not exercised here: the embedded distribution lacks the analysis module the
 * security index needs to create them; {@code ElasticsearchClientsTest} checks the header.
 */
class SecureElasticsearchIT {

    static final String PASSWORD = "Gx-" + UUID.randomUUID();
    static ElasticsearchNode secured;
    static Path home;

    @BeforeAll
    static void startASecuredNode() throws Exception {
        DevStack stack = AppStack.get();
        home = Files.createTempDirectory("huixiang-secure-es-");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        secured =
                ElasticsearchNode.start(
                        home.resolve("elasticsearch"),
                        stack.settings().distributionDir(),
                        Preflight.freePort(),
                        Preflight.freePort(),
                        512,
                        new ElasticsearchNode.Security("huixiang", PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (secured != null) {
            secured.close();
        }
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void runsOverHttpsWithBasicAuthFromFileOrEnvironmentAndNeverLogsThePassword() throws Exception {
        assertThat(secured.url()).startsWith("https://");
        Path ca = write("http_ca.crt", secured.certificate());
        Path passwordFile = write("es-password", PASSWORD + "\n");
        Path configFile =
                write(
                        "huixiang.yaml",
                        String.join(
                                "\n",
                                "kafka: {bootstrap_servers: \""
                                        + AppStack.get().kafkaBootstrapServers()
                                        + "\"}",
                                "elasticsearch:",
                                "  hosts: [\"" + secured.url() + "\"]",
                                "  username: huixiang",
                                "  password_file: " + passwordFile,
                                "  ca_certificate: " + ca,
                                ""));
        HuixiangConfig config = ConfigLoader.load(configFile, Map.of());

        // what a wrong password or a missing trust get: a refusal, not silence
        assertThatThrownBy(
                        () ->
                                ping(
                                        ElasticsearchConnection.basicAuth(
                                                List.of(secured.url()),
                                                "huixiang",
                                                "wrong",
                                                secured.certificate())))
                .hasMessageContaining("unable to authenticate user [huixiang]");
        assertThatThrownBy(() -> ping(ElasticsearchConnection.of(secured.url())))
                .hasStackTraceContaining("PKIX");

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posts.add(RunPosts.post(run + "-" + i, "第" + i + "条：沙河镇的路灯坏了，请修一下。", Instant.now()));
        }
        Path postsFile = home.resolve("posts.jsonl");
        Files.write(postsFile, posts, StandardCharsets.UTF_8);

        StringWriter logged = new StringWriter();
        RunSummary summary;
        try (LogCapture capture = LogCapture.into(logged)) {
            summary = TestRuns.bounded(config).run(List.of(postsFile), null);
        }
        assertThat(summary.documentsIndexed()).isEqualTo(5);
        assertThat(summary.reconciled()).isTrue();
        assertThat(logged.toString())
                .as("the run logged something, and not the password")
                .isNotBlank()
                .doesNotContain(PASSWORD);

        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            es.indices().refresh(r -> r.index(IndexNames.DOCS_ALIAS));
            assertThat(count(es, run)).isEqualTo(5);
        }

        // the same cluster configured from the environment only: the password, and trust by the
        // certificate's SHA-256 fingerprint (what Elasticsearch prints at its first start)
        HuixiangConfig fromEnvironment =
                ConfigLoader.load(
                        null,
                        Map.of(
                                "HUIXIANG_ELASTICSEARCH_HOSTS",
                                secured.url(),
                                "HUIXIANG_ELASTICSEARCH_USERNAME",
                                "huixiang",
                                "HUIXIANG_ELASTICSEARCH_PASSWORD",
                                PASSWORD,
                                "HUIXIANG_ELASTICSEARCH_CA_FINGERPRINT",
                                fingerprint(secured.certificate())));
        assertThat(fromEnvironment.toString()).doesNotContain(PASSWORD);
        try (ElasticsearchClients clients =
                ElasticsearchClients.connect(fromEnvironment.elasticsearch())) {
            assertThat(count(clients.sync(), run)).isEqualTo(5);
        }
    }

    private static String fingerprint(String pem) throws Exception {
        byte[] der =
                java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(
                                new java.io.ByteArrayInputStream(
                                        pem.getBytes(StandardCharsets.US_ASCII)))
                        .getEncoded();
        return java.util.HexFormat.ofDelimiter(":")
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(der));
    }

    private static long count(ElasticsearchClient es, String run) throws Exception {
        return es.count(
                        c ->
                                c.index(IndexNames.DOCS_ALIAS)
                                        .query(q -> q.prefix(p -> p.field("source_id").value(run))))
                .count();
    }

    private static void ping(ElasticsearchConnection connection) throws Exception {
        try (ElasticsearchClients clients = ElasticsearchClients.connect(connection)) {
            clients.sync().info();
        }
    }

    private static Path write(String name, String content) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
