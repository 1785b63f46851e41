package org.huixiang.console;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.ServiceArgs;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.setup.ApplicationSetup;

/**
 * The console as a process: {@code --config FILE}. The console image runs it; {@code huixiang
 * console} runs {@link #serve} too.
 */
public final class ConsoleMain {

    private ConsoleMain() {}

    public static void main(String[] args) throws Exception {
        serve(ServiceArgs.parse("console", args, Set.of()).load(System.getenv()));
    }

    /**
     * Installs the index templates (the account index may not exist yet), then serves until the
     * process is stopped.
     */
    public static void serve(HuixiangConfig config) throws Exception {
        ApplicationSetup.prepare(config, (short) 0);
        try (ConsoleServer server =
                ConsoleServer.start(config, SeedLoader.load(config.seedsDir()))) {
            System.err.println(
                    "console on http://"
                            + config.console().host()
                            + ":"
                            + server.port()
                            + " (Ctrl-C stops)");
            new CountDownLatch(1).await();
        }
    }
}
