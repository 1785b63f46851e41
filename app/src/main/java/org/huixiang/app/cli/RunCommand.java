package org.huixiang.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.setup.ApplicationSetup;
import org.huixiang.ingest.privacy.PiiKeys;
import org.huixiang.job.ApplicationRunner;
import org.huixiang.job.Connectors;
import org.huixiang.job.ReadRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code huixiang run}: the application against the Kafka and Elasticsearch named in config. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the application against the Kafka and Elasticsearch named in the configuration",
            "(external clusters included): on a local Flink MiniCluster, or with --flink submitted",
            "to a Flink cluster (returns once the job is accepted). Creates missing topics and",
            "installs index templates first. Without --config: the embedded default addresses."
        })
final class RunCommand implements Callable<Integer> {

    @Option(
            names = "--config",
            description = "YAML configuration file (see README: Configuration).")
    Path config;

    @Option(
            names = "--topic-replication",
            description = "Replication factor for topics created here. Default: ${DEFAULT-VALUE}")
    short topicReplication = 1;

    @Option(
            names = "--restore",
            description =
                    "Start from this savepoint or retained checkpoint (a chk-N or savepoint folder"
                            + " under the checkpoint directory) instead of the group's offsets.")
    String restore;

    @Option(
            names = "--flink",
            paramLabel = "HOST:PORT",
            description =
                    "Submit to the Flink cluster whose REST endpoint is here (e.g. the one"
                            + " `huixiang cluster up` starts: 127.0.0.1:8081) instead of running locally.")
    String flink;

    @Option(
            names = "--jar",
            description = "The job jar submitted with --flink. Default: ${DEFAULT-VALUE}")
    Path jar = Path.of(System.getProperty("huixiang.job.jar", "job/target/huixiang-job.jar"));

    @Override
    public Integer call() throws Exception {
        HuixiangConfig cfg = ConfigLoader.load(config, System.getenv());
        Seeds seeds = SeedLoader.load(cfg.seedsDir());
        ApplicationSetup.prepare(cfg, topicReplication);
        StreamExecutionEnvironment env =
                flink == null
                        ? ApplicationRunner.localEnvironment(cfg, restore)
                        : ApplicationRunner.clusterEnvironment(cfg, flink, jar, restore);
        Connectors.job(
                        cfg,
                        seeds,
                        PiiKeys.load(System.getenv(), Home.path()),
                        ReadRange.committed())
                .build(env);
        if (flink != null) {
            JobID job = env.executeAsync(ApplicationRunner.JOB_NAME).getJobID();
            System.out.println(
                    "submitted job "
                            + job
                            + " to http://"
                            + flink
                            + " (Kafka "
                            + cfg.kafka().bootstrapServers()
                            + ", Elasticsearch "
                            + cfg.elasticsearch().hosts()
                            + ")");
            return 0;
        }
        System.err.println(
                "running against Kafka "
                        + cfg.kafka().bootstrapServers()
                        + " and Elasticsearch "
                        + cfg.elasticsearch().hosts()
                        + "; Flink web UI http://127.0.0.1:"
                        + ApplicationRunner.FLINK_UI_PORT);
        env.execute(ApplicationRunner.JOB_NAME);
        return 0;
    }
}
