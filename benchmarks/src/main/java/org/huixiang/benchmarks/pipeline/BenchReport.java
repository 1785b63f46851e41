package org.huixiang.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's figures as a table for people and as one JSON object for scripts, with the
 * targets of the embedded stack on a 2-core machine beside them.
 */
public final class BenchReport {

    static final double TARGET_THROUGHPUT = 2_000;
    static final long TARGET_P99_ALERT_MS = 2_000;
    static final double TARGET_ANALYZER_TO_SEGMENTATION = 0.70;
    static final long TARGET_RSS_MB = 4_096;

    private BenchReport() {}

    public static String table(BenchResult r) {
        List<String[]> rows = new ArrayList<>();
        BenchResult.Corpus c = r.corpus();
        rows.add(
                row(
                        "corpus",
                        String.format(
                                "%d records (%d posts, %d messages), text median %d / mean %.0f chars; %s",
                                c.documents(),
                                c.posts(),
                                c.documents() - c.posts(),
                                c.medianChars(),
                                c.meanChars(),
                                c.texts()),
                        ""));
        rows.add(
                row(
                        "machine",
                        r.cores()
                                + " cores; job parallelism "
                                + r.parallelism()
                                + ", checkpoints every "
                                + r.checkpointSeconds()
                                + " s, "
                                + r.partitions()
                                + " partitions per input topic",
                        ""));
        rows.add(
                row(
                        "throughput, end to end",
                        String.format(
                                "%.0f docs/s (%d docs in %.1f s from first read to last searchable%s; job start-up %.1f s)",
                                r.throughput(),
                                r.drain().documents(),
                                r.drain().seconds(),
                                r.warmup() == null
                                        ? ", from a cold start"
                                        : String.format(
                                                ", after %d warm-up docs taken in at %.0f docs/s",
                                                r.warmup().documents(), r.warmup().docsPerSecond()),
                                r.jobStartupSeconds()),
                        verdict(r.throughput() >= TARGET_THROUGHPUT, "≥ 2,000")));
        rows.add(
                row(
                        "latency append → searchable",
                        r.steady().indexed() + " at " + r.steadyPerSecond() + " docs/s",
                        ""));
        rows.add(
                row(
                        "latency append → alert",
                        r.steady().alerted() + " at " + r.steadyPerSecond() + " docs/s",
                        verdict(
                                r.steady().alerted().samples() > 0
                                        && r.steady().alerted().p99() <= TARGET_P99_ALERT_MS,
                                "p99 ≤ 2,000 ms")));
        rows.add(
                row(
                        "  named at an alert's opening",
                        r.steady().namedAtOpening()
                                + ": earlier documents of the event, waiting for it to grow (the"
                                + " rules' wait, not in the target)",
                        ""));
        if (r.steadyAboveThroughput()) {
            rows.add(
                    row(
                            "  overloaded",
                            String.format(
                                    "the steady load (%d docs/s) is above the pipeline's throughput"
                                            + " (%.0f docs/s): these latencies measure a growing"
                                            + " backlog; lower --rate",
                                    r.steadyPerSecond(), r.throughput()),
                            ""));
        }
        BenchResult.Ceilings ceil = r.ceilings();
        rows.add(
                row(
                        "ceiling: HanLP segmentation",
                        String.format(
                                "%.0f docs/s on %d threads; pipeline at %s",
                                ceil.segmentation(),
                                r.cores(),
                                percent(r.throughput() / ceil.segmentation())),
                        ""));
        rows.add(
                row(
                        "ceiling: whole analyzer",
                        String.format(
                                "%.0f docs/s on %d threads = %s of segmentation; pipeline at %s",
                                ceil.analyzer(),
                                r.cores(),
                                percent(ceil.analyzer() / ceil.segmentation()),
                                percent(r.throughput() / ceil.analyzer())),
                        verdict(
                                ceil.analyzer() / ceil.segmentation()
                                        >= TARGET_ANALYZER_TO_SEGMENTATION,
                                "≥ 70 %")));
        rows.add(
                row(
                        "ceiling: Elasticsearch bulk",
                        String.format(
                                "%.0f docs/s; pipeline at %s",
                                ceil.elasticsearch(),
                                percent(r.throughput() / ceil.elasticsearch())),
                        ""));
        rows.add(
                row(
                        "ceiling: Kafka produce+consume",
                        String.format(
                                "%.0f records/s; pipeline at %s",
                                ceil.kafka(), percent(r.throughput() / ceil.kafka())),
                        ""));
        double together = ceil.partsTogether(r.cores());
        rows.add(
                row(
                        "ceiling: the parts together",
                        String.format(
                                "%.0f docs/s (analyzer + Elasticsearch bulk + Kafka alone: %.2f ms CPU/doc on %d cores%s); pipeline at %s",
                                together,
                                ceil.partsMillisPerDocument(r.cores()),
                                r.cores(),
                                together < TARGET_THROUGHPUT
                                        ? "; below the throughput target: out of reach at this machine's speed"
                                        : "",
                                percent(r.throughput() / together)),
                        ""));
        for (CpuUse phase : r.cpu()) {
            StringBuilder cpu = new StringBuilder();
            for (String process : phase.cpuSeconds().keySet()) {
                cpu.append(String.format("%s %.2f cores", process, phase.cores(process)));
                if (phase.perDocument()) {
                    cpu.append(String.format(", %.2f ms/doc", phase.millisPerDocument(process)));
                }
                cpu.append(";  ");
            }
            if (phase.perDocument()) {
                cpu.append(String.format("all %.2f ms/doc;  ", phase.totalMillisPerDocument()));
            }
            cpu.append(
                    String.format(
                            "outside them %.2f cores, stolen %.2f",
                            phase.otherCores(), phase.stolenCores()));
            rows.add(row("CPU, " + phase.phase(), cpu.toString(), ""));
        }
        rows.add(
                row(
                        "alert revisions published",
                        String.format(
                                "%d while draining (%.2f per document), %d under the steady load",
                                r.alertRevisionsDrained(),
                                r.alertRevisionsDrained() / (double) r.drain().documents(),
                                r.alertRevisionsSteady()),
                        ""));
        StringBuilder rss = new StringBuilder();
        r.peakRssBytes().forEach((process, bytes) -> rss.append(process + " " + mb(bytes) + "  "));
        rows.add(
                row(
                        "resident memory, peak (MB)",
                        rss + "together " + mb(r.peakTotalRssBytes()),
                        verdict(mb(r.peakTotalRssBytes()) <= TARGET_RSS_MB, "≤ 4,096")));
        rows.add(
                row(
                        "dead letters",
                        Long.toString(r.deadLettered()),
                        verdict(r.deadLettered() == 0, "0")));
        return format(rows);
    }

    public static Map<String, Object> json(BenchResult r) {
        BenchResult.Ceilings ceil = r.ceilings();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("throughput_docs_per_s", round(r.throughput()));
        out.put("latency_p50_ms_indexed", r.steady().indexed().p50());
        out.put("latency_p99_ms_indexed", r.steady().indexed().p99());
        out.put("latency_p50_ms_alert", r.steady().alerted().p50());
        out.put("latency_p99_ms_alert", r.steady().alerted().p99());
        out.put("latency_samples_indexed", r.steady().indexed().samples());
        out.put("latency_samples_alert", r.steady().alerted().samples());
        out.put("latency_samples_alert_named_at_opening", r.steady().namedAtOpening().samples());
        out.put("latency_p50_ms_alert_named_at_opening", r.steady().namedAtOpening().p50());
        out.put("latency_max_ms_alert_named_at_opening", r.steady().namedAtOpening().max());
        out.put("latency_never_indexed", r.steady().indexed().missing());
        out.put("steady_docs_per_s", r.steadyPerSecond());
        out.put("steady_above_throughput", r.steadyAboveThroughput());
        out.put("rss_mb_total", mb(r.peakTotalRssBytes()));
        Map<String, Long> rss = new LinkedHashMap<>();
        r.peakRssBytes().forEach((process, bytes) -> rss.put(process, mb(bytes)));
        out.put("rss_mb", rss);
        Map<String, Object> cpu = new LinkedHashMap<>();
        Map<String, Object> machine = new LinkedHashMap<>();
        for (CpuUse phase : r.cpu()) {
            Map<String, Object> perProcess = new LinkedHashMap<>();
            for (String process : phase.cpuSeconds().keySet()) {
                Map<String, Double> use = new LinkedHashMap<>();
                use.put("cores", ratio(phase.cores(process)));
                if (phase.perDocument()) {
                    use.put("ms_per_doc", ratio(phase.millisPerDocument(process)));
                }
                perProcess.put(process, use);
            }
            cpu.put(phase.phase(), perProcess);
            machine.put(
                    phase.phase(),
                    Map.of(
                            "other_cores", ratio(phase.otherCores()),
                            "stolen_cores", ratio(phase.stolenCores())));
        }
        out.put("cpu", cpu);
        out.put("cpu_machine", machine);
        out.put("alert_revisions_drain", r.alertRevisionsDrained());
        out.put("alert_revisions_steady", r.alertRevisionsSteady());
        out.put("ceiling_hanlp_segmentation_docs_per_s", round(ceil.segmentation()));
        out.put("ceiling_analyzer_docs_per_s", round(ceil.analyzer()));
        out.put("ceiling_elasticsearch_bulk_docs_per_s", round(ceil.elasticsearch()));
        out.put("ceiling_kafka_docs_per_s", round(ceil.kafka()));
        out.put("ceiling_parts_together_docs_per_s", round(ceil.partsTogether(r.cores())));
        out.put("parts_ms_per_doc", ratio(ceil.partsMillisPerDocument(r.cores())));
        out.put("ratio_pipeline_to_hanlp", ratio(r.throughput() / ceil.segmentation()));
        out.put("ratio_pipeline_to_analyzer", ratio(r.throughput() / ceil.analyzer()));
        out.put("ratio_pipeline_to_elasticsearch", ratio(r.throughput() / ceil.elasticsearch()));
        out.put("ratio_pipeline_to_kafka", ratio(r.throughput() / ceil.kafka()));
        out.put(
                "ratio_pipeline_to_parts_together",
                ratio(r.throughput() / ceil.partsTogether(r.cores())));
        out.put("ratio_analyzer_to_hanlp", ratio(ceil.analyzer() / ceil.segmentation()));
        out.put("documents", r.drain().documents());
        out.put("drain_seconds", ratio(r.drain().seconds()));
        out.put("job_startup_seconds", ratio(r.jobStartupSeconds()));
        out.put("warmup_documents", r.warmup() == null ? 0 : r.warmup().documents());
        if (r.warmup() != null) {
            out.put("warmup_docs_per_s", round(r.warmup().docsPerSecond()));
        }
        out.put("dead_letters", r.deadLettered());
        out.put("chars_median", r.corpus().medianChars());
        out.put("cores", r.cores());
        out.put("parallelism", r.parallelism());
        out.put("checkpoint_interval_s", r.checkpointSeconds());
        out.put("partitions", r.partitions());
        return out;
    }

    private static String[] row(String what, String figure, String target) {
        return new String[] {what, figure, target};
    }

    private static String verdict(boolean met, String target) {
        return (met ? "met" : "MISSED") + " (" + target + ")";
    }

    private static String percent(double ratio) {
        return String.format("%.0f %%", ratio * 100);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static long round(double value) {
        return Math.round(value);
    }

    private static double ratio(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String format(List<String[]> rows) {
        int first = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            out.append(String.format("%-" + first + "s  %s", r[0], r[1]));
            if (!r[2].isEmpty()) {
                out.append("   [target: ").append(r[2]).append(']');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
