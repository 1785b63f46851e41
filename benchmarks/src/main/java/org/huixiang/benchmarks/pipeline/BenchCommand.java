package org.huixiang.benchmarks.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.FlinkSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.Locations;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.setup.ApplicationSetup;
import org.huixiang.devstack.DevStack;
import org.huixiang.devstack.DevStackSettings;
import org.huixiang.ingest.privacy.PiiKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huixiang bench}: the whole pipeline against the ceilings of its parts on a fresh embedded
 * stack ({@link PipelineBench}), or {@code bench analyzer}: the analyzer alone on texts of one
 * length. Its own entry point: the {@code ./huixiang} script runs it from this module's class path,
 * so the benchmark is no part of the command line's or the job's code.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "bench [pipeline]: starts a fresh embedded stack under HUIXIANG_HOME/bench, measures the",
            "ceilings (HanLP segmentation, the analyzer, Kafka, Elasticsearch bulk) on a generated",
            "corpus, then the application on it: a warm-up, sustained throughput from a preloaded",
            "backlog and latencies under a steady load; CPU and memory per process. Prints a table;",
            "--json adds one JSON object as the last line.",
            "bench analyzer: documents/s of the analyzer alone, and of its segmentation, on texts of --chars characters."
        })
public final class BenchCommand implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(
                new CommandLine(new BenchCommand())
                        .setExecutionExceptionHandler(
                                (e, cmd, parsed) -> {
                                    cmd.getErr().println("huixiang bench: " + e.getMessage());
                                    return 1;
                                })
                        .execute(args));
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "what",
            description = "pipeline (default) or analyzer.")
    String what = "pipeline";

    @Option(
            names = "--docs",
            description = "Records preloaded for the throughput phase. Default: ${DEFAULT-VALUE}")
    int docs = 30_000;

    @Option(
            names = "--warmup",
            description =
                    "Records the job takes in before the backlog, so the throughput is that of a warm JVM; 0 measures from a cold start. Default: ${DEFAULT-VALUE}")
    int warmup = 5_000;

    @Option(
            names = "--rate",
            description = "Steady load in documents/s for the latencies. Default: ${DEFAULT-VALUE}")
    int rate = 200;

    @Option(
            names = "--steady-seconds",
            description = "How long the steady load lasts. Default: ${DEFAULT-VALUE}")
    int steadySeconds = 30;

    @Option(
            names = "--seconds",
            description =
                    "Measuring time of each CPU-bound ceiling (and of each analyzer run). Default: ${DEFAULT-VALUE}")
    int seconds = 10;

    @Option(
            names = "--parallelism",
            description = "The job's parallelism. Default: ${DEFAULT-VALUE}")
    int parallelism = 2;

    @Option(
            names = "--checkpoint-seconds",
            description =
                    "The job's checkpoint interval. The default is what deployments run (deploy/k8s); `huixiang run` checkpoints every 5 s unless configured. Default: ${DEFAULT-VALUE}")
    int checkpointSeconds = 30;

    @Option(names = "--seed", description = "Corpus seed. Default: ${DEFAULT-VALUE}")
    long seed = 20231;

    @Option(
            names = "--data",
            description =
                    "CSV with real texts, used whole (else composed from the sample streams).")
    Path data;

    @Option(
            names = "--text-column",
            description = "Text column of --data. Default: ${DEFAULT-VALUE}")
    String textColumn = "text";

    @Option(
            names = "--chars",
            description = "bench analyzer: length of each text. Default: ${DEFAULT-VALUE}")
    int chars = 200;

    @Option(
            names = "--kafka-port",
            description = "Kafka port of the benchmark's own stack. Default: ${DEFAULT-VALUE}")
    int kafkaPort = 29092;

    @Option(
            names = "--es-port",
            description =
                    "Elasticsearch port of the benchmark's own stack. Default: ${DEFAULT-VALUE}")
    int elasticsearchPort = 29200;

    @Option(names = "--json", description = "Also print one JSON object as the last line.")
    boolean json;

    /** Real texts longer than this are cut: no post or message is longer in practice. */
    private static final int MAX_REAL_CHARS = 5_000;

    @Override
    public Integer call() throws Exception {
        return switch (what) {
            case "pipeline" -> pipeline();
            case "analyzer" -> analyzer();
            default -> {
                System.err.println(
                        "huixiang bench: unknown target '" + what + "'; use pipeline or analyzer");
                yield 2;
            }
        };
    }

    private int pipeline() throws Exception {
        if (checkpointSeconds < 1) {
            System.err.println(
                    "huixiang bench: --checkpoint-seconds must be at least 1, got "
                            + checkpointSeconds);
            return 2;
        }
        Seeds seeds = SeedLoader.loadDefault();
        PrintStream err = System.err;
        TextPool pool = pool(new CountyAnalyzer(seeds));
        DevStackSettings settings =
                new DevStackSettings(
                        Locations.home(System.getenv()).resolve("bench"),
                        kafkaPort,
                        elasticsearchPort,
                        512);
        // A fresh stack each run, so earlier runs' data neither slows nor flatters this one.
        err.println("starting a fresh Kafka and Elasticsearch under " + settings.home() + " …");
        try (DevStack stack = DevStack.startFresh(settings)) {
            HuixiangConfig embedded =
                    ConfigLoader.embedded(
                            stack.kafkaBootstrapServers(),
                            stack.elasticsearchUrl(),
                            settings.checkpointsDir().toString());
            ApplicationSetup.prepare(embedded, (short) 1);
            FlinkSettings flink = embedded.flink();
            HuixiangConfig config =
                    embedded.withFlink(
                            new FlinkSettings(
                                    parallelism,
                                    Duration.ofSeconds(checkpointSeconds),
                                    flink.checkpointDir(),
                                    flink.eventTime()));
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Map<String, Long> pids = new LinkedHashMap<>();
            pids.put("kafka", stack.kafka().pid());
            pids.put("elasticsearch", stack.elasticsearch().pid());
            pids.put("application", ProcessHandle.current().pid());
            try (ProcessMeter meter = new ProcessMeter(pids)) {
                BenchResult result =
                        new PipelineBench(config, seeds, new PiiKeys(secret), meter, err)
                                .run(
                                        pool,
                                        new PipelineBench.Options(
                                                docs, rate, steadySeconds, seconds, seed, warmup));
                System.out.print(BenchReport.table(result));
                if (json) {
                    System.out.println(Json.toString(BenchReport.json(result)));
                }
            }
        }
        return 0;
    }

    private TextPool pool(CountyAnalyzer analyzer) throws IOException {
        if (data != null) {
            return TextPool.csv(data, textColumn, MAX_REAL_CHARS);
        }
        return TextPool.samples(Locations.samples(System.getenv()), analyzer);
    }

    private int analyzer() throws Exception {
        CountyAnalyzer analyzer = new CountyAnalyzer(SeedLoader.loadDefault());
        TextPool pool = pool(analyzer);
        List<String> texts = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            texts.add(fixedLength(pool.text(random, chars)));
        }
        List<Document> documents =
                texts.stream()
                        .map(t -> Document.ofText(DocumentKind.MESSAGE, "bench", t, null))
                        .toList();
        Throughput.Work<Document> analysis = new Throughput.Work<>(documents, analyzer::analyze);
        Throughput.Work<String> segmentation =
                new Throughput.Work<>(texts, analyzer.segmenter()::segment);
        int cores = Runtime.getRuntime().availableProcessors();
        System.err.println(Throughput.warmUntilCompiled(List.of(analysis, segmentation), cores));
        double single = Throughput.measure(documents, analyzer::analyze, 1, seconds);
        Throughput.Rates rates =
                Throughput.alternating(
                        analysis, segmentation, cores, seconds, Throughput.SLICE_SECONDS);
        double all = rates.first();
        double segmented = rates.second();
        System.out.printf(
                "analyzer, %d-char texts: %.0f docs/s on 1 thread, %.0f docs/s on %d threads (%.0f per core)%n"
                        + "segmentation alone: %.0f docs/s on %d threads; analyzer / segmentation = %.2f%n",
                chars, single, all, cores, all / cores, segmented, cores, all / segmented);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("chars", chars);
            out.put("docs_per_second_single_thread", Math.round(single));
            out.put("docs_per_second_all_cores", Math.round(all));
            out.put("cores", cores);
            out.put("docs_per_second_per_core", Math.round(all / cores));
            out.put("segmentation_docs_per_second_all_cores", Math.round(segmented));
            out.put("ratio_analyzer_to_segmentation", Math.round(all / segmented * 100) / 100.0);
            System.out.println(Json.toString(out));
        }
        return 0;
    }

    /**
     * Real texts repeated (or cut) to exactly {@link #chars}, so lengths do not vary the figure.
     */
    private String fixedLength(String text) {
        StringBuilder t = new StringBuilder(text);
        while (t.length() < chars) {
            t.append(text);
        }
        return t.substring(0, chars);
    }
}
