package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.json.Json;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.setup.AppStack;
import org.huixiang.devstack.DevStack;
import org.huixiang.ingest.privacy.PiiKeys;
import org.junit.jupiter.api.Test;

/**
 * The benchmark end to end on the shared embedded stack, at a size that checks its workings, not
 * the speed: every phase runs, every steady document is seen searchable, the counts reconcile, each
 * process is metered, and the JSON line holds the keys scripts read. The figures themselves come
 * from {@code huixiang bench} (docs/performance.md), never from a test.
 */
class PipelineBenchIT {

    @Test
    void measuresEveryPhaseAndReportsTheFiguresScriptsRead() throws Exception {
        DevStack stack = AppStack.get();
        HuixiangConfig config =
                ConfigLoader.embedded(
                        stack.kafkaBootstrapServers(),
                        stack.elasticsearchUrl(),
                        System.getProperty("java.io.tmpdir")
                                + "/huixiang-it-checkpoints-"
                                + UUID.randomUUID());
        Seeds seeds = SeedLoader.loadDefault();
        TextPool pool =
                TextPool.samples(Path.of("..", "seeds", "samples"), new CountyAnalyzer(seeds));
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("kafka", stack.kafka().pid());
        pids.put("elasticsearch", stack.elasticsearch().pid());
        pids.put("application", ProcessHandle.current().pid());

        BenchResult result;
        try (ProcessMeter meter = new ProcessMeter(pids)) {
            result =
                    new PipelineBench(
                                    config,
                                    seeds,
                                    new PiiKeys(
                                            "bench-it-key-0123456789"
                                                    .getBytes(StandardCharsets.UTF_8)),
                                    meter,
                                    null)
                            .run(pool, new PipelineBench.Options(300, 40, 3, 0.5, 11, 100));
        }

        assertThat(result.warmup().documents()).isEqualTo(100);
        assertThat(result.warmup().docsPerSecond()).isPositive();
        assertThat(result.drain().documents()).isEqualTo(300);
        assertThat(result.throughput()).isPositive();
        assertThat(result.steady().sent()).isEqualTo(120);
        assertThat(result.steady().indexed().samples()).isEqualTo(120);
        assertThat(result.steady().indexed().missing()).isZero();
        assertThat(result.steady().indexed().p50()).isPositive();
        // the sample streams are complaint-heavy: some steady documents reach an alert
        assertThat(result.steady().alerted().samples()).isPositive();
        // a document counts once, for the revision its arrival caused or as an earlier member
        assertThat(result.steady().alerted().samples() + result.steady().namedAtOpening().samples())
                .isLessThanOrEqualTo(120);
        assertThat(result.alertRevisionsDrained()).isPositive();
        assertThat(result.deadLettered()).isZero();
        assertThat(result.ceilings().segmentation()).isPositive();
        assertThat(result.ceilings().analyzer()).isPositive();
        assertThat(result.ceilings().elasticsearch()).isPositive();
        assertThat(result.ceilings().kafka()).isPositive();
        // every part costs CPU, so together they are slower than the slowest alone
        assertThat(result.ceilings().partsTogether(result.cores()))
                .isPositive()
                .isLessThan(
                        Math.min(result.ceilings().analyzer(), result.ceilings().elasticsearch()));
        assertThat(result.peakRssBytes()).containsOnlyKeys("kafka", "elasticsearch", "application");
        assertThat(result.peakRssBytes().values()).allMatch(bytes -> bytes > 50L << 20);
        assertThat(result.peakTotalRssBytes())
                .isLessThanOrEqualTo(
                        result.peakRssBytes().values().stream().mapToLong(Long::longValue).sum());
        CpuUse drain =
                result.cpu().stream()
                        .filter(c -> c.phase().equals("drain"))
                        .findFirst()
                        .orElseThrow();
        assertThat(drain.cpuSeconds().get("elasticsearch")).isPositive();
        assertThat(drain.cpuSeconds().get("application")).isPositive();
        // /proc/stat is read: the machine was busy at least with the processes (within its ticks)
        assertThat(drain.machine().busySeconds())
                .isGreaterThan(
                        0.9 * drain.cpuSeconds().values().stream().mapToDouble(d -> d).sum());
        assertThat(drain.machine().stolenSeconds()).isNotNegative();
        CpuUse cpuBound = result.ceilings().cpuBoundCpu();
        // the analyzer and segmentation ceilings keep the application's threads busy
        assertThat(cpuBound.cores("application")).isGreaterThan(0.5);
        assertThat(result.cpu()).first().isSameAs(cpuBound);

        var json = Json.mapper().readTree(Json.toString(BenchReport.json(result)));
        for (String key :
                new String[] {
                    "throughput_docs_per_s",
                    "latency_p99_ms_alert",
                    "latency_p99_ms_indexed",
                    "rss_mb_total",
                    "ceiling_hanlp_segmentation_docs_per_s",
                    "ceiling_elasticsearch_bulk_docs_per_s",
                    "ceiling_kafka_docs_per_s",
                    "ratio_pipeline_to_hanlp",
                    "ratio_pipeline_to_elasticsearch",
                    "ratio_pipeline_to_kafka",
                    "ratio_analyzer_to_hanlp",
                    "ceiling_parts_together_docs_per_s",
                    "ratio_pipeline_to_parts_together",
                    "latency_samples_alert_named_at_opening",
                    "steady_above_throughput",
                    "checkpoint_interval_s",
                    "cpu_machine"
                }) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("rss_mb_total").asLong()).isPositive();
        assertThat(json.get("checkpoint_interval_s").asLong())
                .isEqualTo(config.flink().checkpointInterval().toSeconds());
        assertThat(json.get("cpu_machine").get("drain").has("stolen_cores")).isTrue();
        assertThat(BenchReport.table(result))
                .contains("throughput, end to end", "ceiling: ", "stolen");
    }
}
