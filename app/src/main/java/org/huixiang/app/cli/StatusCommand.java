package org.huixiang.app.cli;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.huixiang.devstack.DevStackSettings;
import org.huixiang.devstack.internal.ChildProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code huixiang status}: what of the embedded stack is running. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Shows whether the embedded Kafka and Elasticsearch are running.")
final class StatusCommand implements Callable<Integer> {

    @Mixin StackOptions stack;

    @Override
    public Integer call() {
        DevStackSettings settings = stack.settings();
        boolean kafka =
                report(
                        "kafka",
                        settings.kafkaHome().resolve("kafka.pid"),
                        settings.kafkaPort(),
                        null);
        boolean es =
                report(
                        "elasticsearch",
                        settings.elasticsearchHome().resolve("elasticsearch.pid"),
                        settings.elasticsearchPort(),
                        "http://127.0.0.1:" + settings.elasticsearchPort() + "/_cluster/health");
        System.out.println("home: " + settings.home());
        return kafka && es ? 0 : 3;
    }

    private static boolean report(String name, Path pidFile, int port, String healthUrl) {
        String pid = ChildProcess.running(pidFile).map(p -> "pid " + p.pid()).orElse("no process");
        boolean listening = listening(port);
        String health = "";
        if (listening && healthUrl != null) {
            try {
                HttpResponse<String> r =
                        HttpClient.newHttpClient()
                                .send(
                                        HttpRequest.newBuilder(URI.create(healthUrl))
                                                .timeout(Duration.ofSeconds(3))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                health = " " + r.body();
            } catch (Exception e) {
                health = " (health check failed: " + e.getMessage() + ")";
            }
        }
        System.out.printf(
                "%-14s %-5s %s, port %d %s%s%n",
                name,
                listening ? "up" : "down",
                pid,
                port,
                listening ? "listening" : "closed",
                health);
        return listening;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
