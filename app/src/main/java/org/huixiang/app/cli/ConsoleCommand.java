package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.huixiang.alerting.console.ConsoleServer;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexTemplates;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
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
        HuixiangConfig cfg = ConfigLoader.load(config, System.getenv());
        Seeds seeds = SeedLoader.load(cfg.seedsDir());
        try (ElasticsearchClients clients = ElasticsearchClients.connect(cfg.elasticsearch())) {
            IndexTemplates.install(clients.sync(), cfg.replicas());
        }
        try (ConsoleServer server = ConsoleServer.start(cfg, seeds)) {
            System.err.println(
                    "console on http://"
                            + cfg.console().host()
                            + ":"
                            + server.port()
                            + " (Ctrl-C stops)");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
