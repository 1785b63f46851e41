package org.huixiang.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.ConsoleSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.setup.AppStack;
import org.huixiang.console.ConsoleServer;
import org.huixiang.devstack.DevStack;

/**
 * One console per test JVM on the shared embedded stack, on a free port, with an administrator
 * whose password only the tests know. Tests create their own accounts with unique names.
 */
final class TestConsole {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "it-" + UUID.randomUUID();

    private static HuixiangConfig config;
    private static ConsoleServer server;

    private TestConsole() {}

    static synchronized HuixiangConfig config() {
        if (config == null) {
            DevStack stack = AppStack.get();
            config =
                    ConfigLoader.embedded(
                                    stack.kafkaBootstrapServers(),
                                    stack.elasticsearchUrl(),
                                    System.getProperty("java.io.tmpdir")
                                            + "/huixiang-it-checkpoints-"
                                            + UUID.randomUUID())
                            .withConsole(
                                    ConsoleSettings.defaults()
                                            .withPort(0)
                                            .withAdminPassword(ADMIN_PASSWORD));
        }
        return config;
    }

    static synchronized int port() throws Exception {
        if (server == null) {
            server = ConsoleServer.start(config(), SeedLoader.loadDefault());
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            server.close();
                                        } catch (Exception e) {
                                            // the JVM is going away
                                        }
                                    }));
        }
        return server.port();
    }

    /** Creates an account through the API as the administrator; returns its password. */
    static String account(String username, String role, List<String> units) throws Exception {
        ConsoleClient admin = new ConsoleClient(port());
        ConsoleClient.Response login = admin.login(ADMIN, ADMIN_PASSWORD);
        if (login.status() != 200) {
            throw new IllegalStateException("administrator cannot log in: " + login.body());
        }
        String password = "pw-" + UUID.randomUUID();
        ConsoleClient.Response r =
                admin.post(
                        "/api/accounts",
                        Map.of(
                                "username", username,
                                "display_name", username,
                                "role", role,
                                "units", units,
                                "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("cannot create " + username + ": " + r.body());
        }
        return password;
    }
}
