package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.console.ConsoleMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code huixiang console}: the console service on its own, against the configured clusters. */
@Command(
        name = "console",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the console (web UI and JSON API, OpenAPI at /api/openapi.json) against the",
            "Kafka and Elasticsearch of the configuration, until Ctrl-C. On an empty account store",
            "it creates the administrator console.admin_user with HUIXIANG_ADMIN_PASSWORD."
        })
final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "--config", description = "YAML configuration file (see README).")
    Path config;

    @Override
    public Integer call() throws Exception {
        ConsoleMain.serve(ConfigLoader.load(config, System.getenv()));
        return 0;
    }
}
