package org.huixiang.devstack;

import co.elastic.clients.transport.TransportUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.huixiang.devstack.internal.ChildProcess;
import org.huixiang.devstack.internal.EmbeddedJvm;
import org.huixiang.devstack.internal.HttpsMaterial;
import org.huixiang.devstack.internal.Preflight;
import org.huixiang.devstack.internal.Tool;

/**
 * A real single-node Elasticsearch on loopback, started from the distribution as a child process.
 *
 * <p>Elasticsearch refuses to run as root; when huixiang runs as root (as in CI) the unpacked tree
 * and the data folder are handed to {@code nobody:nogroup} and the server is started through {@code
 * setpriv}. Security is off explicitly unless {@link Security} is given (otherwise the first start
 * rewrites {@code config/} with generated certificates); with it the node serves HTTPS with a
 * self-signed certificate ({@link HttpsMaterial}) and requires basic auth of a superuser kept in
 * the file realm.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";

    /**
     * Security on: HTTPS and a superuser with this name and password.
     *
     * @param username a file-realm user, created or given this password at start
     */
    public record Security(String username, String password) {
        @Override
        public String toString() {
            return "Security[" + username + "]";
        }
    }

    private final int port;
    private final ChildProcess process;
    private final Path logs;
    private final Security security;
    private final String certificate;

    private ElasticsearchNode(
            int port, ChildProcess process, Path logs, Security security, String certificate) {
        this.port = port;
        this.process = process;
        this.logs = logs;
        this.security = security;
        this.certificate = certificate;
    }

    /** Without security, as the embedded stack runs. */
    public static ElasticsearchNode start(
            Path home, Path distributionDir, int port, int transportPort, int heapMb) {
        return start(home, distributionDir, port, transportPort, heapMb, null);
    }

    /**
     * @param home this node's folder: data/ and logs/ live here and survive restarts
     * @param distributionDir where the distribution is unpacked (once)
     */
    public static ElasticsearchNode start(
            Path home,
            Path distributionDir,
            int port,
            int transportPort,
            int heapMb,
            Security security) {
        Preflight.requireFreePort(port, "Elasticsearch HTTP", "--es-port");
        Preflight.requireFreePort(
                transportPort, "Elasticsearch transport", "--es-port (transport uses port+100)");
        Preflight.requireFreeSpace(home, 1L << 30, "Elasticsearch");
        Path install =
                ElasticsearchDistribution.unpack(
                        ElasticsearchDistribution.locate(), distributionDir);
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        // Elasticsearch's launcher and server make temporary folders (the launcher one per start,
        // never removed); under home they go with the node instead of piling up in /tmp.
        Path tmp = home.resolve("tmp");
        try {
            Files.createDirectories(data);
            Files.createDirectories(logs);
            Files.createDirectories(tmp);
            boolean root = isRoot();
            String certificate = null;
            if (security != null) {
                certificate = HttpsMaterial.ensure(install.resolve("config"));
                addUser(install, security);
            }
            if (root) {
                requireTraversable(install);
                requireTraversable(data);
                giveTo(install);
                giveTo(home);
            }
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(
                        List.of(
                                "setpriv",
                                "--reuid=" + UNPRIVILEGED_USER,
                                "--regid=" + UNPRIVILEGED_GROUP,
                                "--clear-groups"));
            }
            command.add(install.resolve("bin/elasticsearch").toString());
            List<String> settings =
                    new ArrayList<>(
                            List.of(
                                    "cluster.name=huixiang",
                                    "node.name=huixiang-dev",
                                    "discovery.type=single-node",
                                    "http.host=127.0.0.1",
                                    "http.port=" + port,
                                    "transport.host=127.0.0.1",
                                    "transport.port=" + transportPort,
                                    "path.data=" + data,
                                    "path.logs=" + logs,
                                    // a developer's disk may be mostly full: the watermarks
                                    // would block all writes
                                    "cluster.routing.allocation.disk.threshold_enabled=false"));
            if (security == null) {
                settings.add("xpack.security.enabled=false");
            } else {
                settings.add("xpack.security.enabled=true");
                settings.addAll(HttpsMaterial.settings());
            }
            for (String setting : settings) {
                command.add("-E");
                command.add(setting);
            }
            ChildProcess process =
                    ChildProcess.start(
                            "elasticsearch",
                            command,
                            home,
                            logs.resolve("stdout.log"),
                            home.resolve("elasticsearch.pid"),
                            Map.of(
                                    "ES_JAVA_HOME",
                                    System.getProperty("java.home"),
                                    "ES_JAVA_OPTS",
                                    "-Xms" + heapMb + "m -Xmx" + heapMb + "m " + EmbeddedJvm.JIT,
                                    "ES_TMPDIR",
                                    tmp.toString(),
                                    "CLI_JAVA_OPTS",
                                    "-Djava.io.tmpdir=" + tmp));
            ElasticsearchNode node =
                    new ElasticsearchNode(port, process, logs, security, certificate);
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new DevStackException(
                    "cannot prepare Elasticsearch under " + home + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return (security == null ? "http" : "https") + "://127.0.0.1:" + port;
    }

    /** The PEM certificate clients trust for this node's HTTPS; null without security. */
    public String certificate() {
        return certificate;
    }

    public long pid() {
        return process.pid();
    }

    public Path logs() {
        return logs;
    }

    @Override
    public void close() {
        process.close();
    }

    private void awaitReady() {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create(
                                        url()
                                                + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                        .timeout(Duration.ofSeconds(5));
        if (security != null) {
            client.sslContext(
                    TransportUtils.sslContextFromHttpCaCrt(
                            new ByteArrayInputStream(
                                    certificate.getBytes(StandardCharsets.US_ASCII))));
            String basic = security.username() + ":" + security.password();
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient http = client.build();
        HttpRequest health = request.build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DevStackException("Elasticsearch exited during start-up. " + logTail());
            }
            try {
                HttpResponse<String> response =
                        http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.close();
                throw new DevStackException("interrupted while waiting for Elasticsearch", e);
            }
            sleep();
        }
        String tail = logTail();
        process.close();
        throw new DevStackException(
                "Elasticsearch did not become ready within "
                        + READY_TIMEOUT.toSeconds()
                        + " s. "
                        + tail);
    }

    private String logTail() {
        return "Last lines of "
                + process.log()
                + ":\n"
                + process.tail(25)
                + "\nLast lines of "
                + logs.resolve("huixiang.log")
                + ":\n"
                + ChildProcess.tail(logs.resolve("huixiang.log"), 25);
    }

    /**
     * Puts the user into the file realm with Elasticsearch's own tool (which hashes the password),
     * replacing an earlier user of that name.
     */
    private static void addUser(Path install, Security security) throws IOException {
        Path users = install.resolve("config/users");
        if (Files.exists(users)
                && Files.readAllLines(users).stream()
                        .anyMatch(line -> line.startsWith(security.username() + ":"))) {
            runTool(install, List.of("userdel", security.username()));
        }
        runTool(
                install,
                List.of(
                        "useradd",
                        security.username(),
                        "-p",
                        security.password(),
                        "-r",
                        "superuser"));
    }

    private static void runTool(Path install, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(install.resolve("bin/elasticsearch-users").toString());
        command.addAll(arguments);
        // the tool never echoes the password, so its output may go into an error message
        Tool.run(command, Map.of("ES_JAVA_HOME", System.getProperty("java.home")), 120);
    }

    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    /** The unprivileged user must be able to reach the folder through every parent. */
    private static void requireTraversable(Path dir) throws IOException {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new DevStackException(
                        "Elasticsearch must run as "
                                + UNPRIVILEGED_USER
                                + " (it refuses root), but "
                                + p
                                + " is not accessible to other users. Choose a stack home outside it"
                                + " with --home, or `chmod o+x "
                                + p
                                + "`.");
            }
        }
    }

    private static void giveTo(Path root) throws IOException {
        UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view =
                        Files.getFileAttributeView(
                                p,
                                PosixFileAttributeView.class,
                                java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!user.equals(view.getOwner())) {
                    view.setOwner(user);
                    view.setGroup(group);
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
