package org.huixiang.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.app.console.DemoAccounts;
import org.huixiang.app.replay.Replayer;
import org.huixiang.app.run.BoundedRun;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.json.Json;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.setup.ApplicationSetup;
import org.huixiang.console.ConsoleServer;
import org.huixiang.console.auth.AccountStore;
import org.huixiang.devstack.DevStack;
import org.huixiang.devstack.DevStackSettings;
import org.huixiang.ingest.privacy.PiiKeys;
import org.huixiang.intake.IntakeServer;
import org.huixiang.intake.IntakeTokens;
import org.huixiang.job.ApplicationRunner;
import org.huixiang.job.Connectors;
import org.huixiang.job.ReadRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code huixiang demo}: the whole system on one machine with the sample streams. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Starts Kafka and Elasticsearch on loopback, runs the application on a Flink MiniCluster,",
            "replays the sample streams from seeds/samples and keeps running until Ctrl-C.",
            "With --once: processes the samples to the end, prints a JSON summary as the last line,",
            "stops everything and exits (0 when the counts reconcile)."
        })
final class DemoCommand implements Callable<Integer> {

    @Mixin StackOptions stack;

    @Option(
            names = "--once",
            description = "Process the sample streams, print a JSON summary, exit.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        Seeds seeds = SeedLoader.loadDefault();
        List<Path> samples = sampleFiles();
        DevStackSettings settings = stack.settings();
        PrintStream err = System.err;
        err.println("starting Kafka and Elasticsearch under " + settings.home() + " …");
        try (DevStack devStack = DevStack.start(settings)) {
            HuixiangConfig config =
                    ConfigLoader.embedded(
                            devStack.kafkaBootstrapServers(),
                            devStack.elasticsearchUrl(),
                            settings.checkpointsDir().toString());
            ApplicationSetup.prepare(config, (short) 1);
            PiiKeys keys = PiiKeys.load(System.getenv(), settings.home());
            if (once) {
                RunSummary summary = new BoundedRun(config, seeds, keys).run(samples, err);
                err.printf(
                        "records in %d = documents indexed %d + dead-lettered %d + duplicates dropped %d"
                                + " (%s); alerts raised %d; cases opened %d of %d messages; %.1f s%n",
                        summary.recordsIn(),
                        summary.documentsIndexed(),
                        summary.deadLettered(),
                        summary.duplicatesDropped(),
                        summary.reconciled() ? "reconciled" : "NOT reconciled",
                        summary.alertsRaised(),
                        summary.casesOpened(),
                        summary.messagesIn(),
                        summary.seconds());
                System.out.println(Json.toString(summary));
                return summary.reconciled() ? 0 : 2;
            }
            StreamExecutionEnvironment env = ApplicationRunner.localEnvironment(config);
            Connectors.job(config, seeds, keys, ReadRange.committed()).build(env);
            JobClient job = env.executeAsync(ApplicationRunner.JOB_NAME);
            Path accounts = settings.home().resolve("console-accounts.txt");
            try (ElasticsearchClients clients =
                    ElasticsearchClients.connect(config.elasticsearch())) {
                if (DemoAccounts.ensure(new AccountStore(clients.sync()), accounts)) {
                    err.println("created the console's demo accounts: " + accounts);
                }
            }
            Path tokens = settings.home().resolve("intake-tokens");
            if (IntakeTokens.createIfAbsent(tokens, List.of("demo-feed", "demo-12345"))) {
                err.println("created the intake's demo producer tokens: " + tokens);
            }
            try (ConsoleServer console = ConsoleServer.start(config, seeds);
                    IntakeServer intake =
                            IntakeServer.start(
                                    config.intake().withTokensFile(tokens.toString()),
                                    config.kafka().clientProperties(),
                                    keys.parser(Clock.systemUTC()),
                                    keys.deadLetterCodec())) {
                Replayer.Result replayed =
                        new Replayer(config.kafka().clientProperties(), err).replay(samples);
                printWhereToLook(
                        devStack, settings, job, replayed, console.port(), accounts, intake.port());
                new CountDownLatch(1).await();
            }
            return 0;
        }
    }

    private static List<Path> sampleFiles() {
        Path dir = Home.samples();
        List<Path> files = List.of(dir.resolve("posts.jsonl"), dir.resolve("messages.jsonl"));
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(
                        "sample stream "
                                + file
                                + " not found; run from the repository root or set HUIXIANG_SAMPLES");
            }
        }
        return files;
    }

    private static void printWhereToLook(
            DevStack stack,
            DevStackSettings settings,
            JobClient job,
            Replayer.Result replayed,
            int consolePort,
            Path accounts,
            int intakePort) {
        String es = stack.elasticsearchUrl();
        System.out.println(
                String.join(
                        "\n",
                        "",
                        "huixiang is running (Flink job "
                                + job.getJobID()
                                + "); replayed "
                                + replayed.total()
                                + " sample records ("
                                + replayed.posts()
                                + " posts, "
                                + replayed.messages()
                                + " messages).",
                        "  Kafka          "
                                + stack.kafkaBootstrapServers()
                                + "  topics huixiang.raw.posts, huixiang.raw.messages,"
                                + " huixiang.alerts, huixiang.deadletter, huixiang.responses",
                        "  Elasticsearch  "
                                + es
                                + "  indices huixiang-docs (alias), huixiang-alerts, huixiang-cases",
                        "                 curl '"
                                + es
                                + "/huixiang-alerts/_search?pretty&sort=opened_at:desc'",
                        "                 curl '"
                                + es
                                + "/huixiang-docs/_search?pretty&q=lead_unit:县教育体育局'",
                        "  Console        http://127.0.0.1:"
                                + consolePort
                                + "  accounts and passwords: "
                                + accounts,
                        "  Intake         POST http://127.0.0.1:"
                                + intakePort
                                + "/intake/v1/posts|messages  bearer tokens: "
                                + settings.home().resolve("intake-tokens"),
                        "  Dead letters   ./huixiang deadletters [--raw]",
                        "  Flink web UI   http://127.0.0.1:" + ApplicationRunner.FLINK_UI_PORT,
                        "  Logs           "
                                + settings.home().resolve("logs/huixiang.log")
                                + ", "
                                + settings.kafkaHome().resolve("logs")
                                + ", "
                                + settings.elasticsearchHome().resolve("logs"),
                        "  Replay more    ./huixiang replay FILE.jsonl|FILE.csv",
                        "Press Ctrl-C to stop."));
    }
}
