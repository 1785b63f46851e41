package org.huixiang.benchmarks.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.Segmenter;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.elasticsearch.IndexRequest;
import org.huixiang.common.elasticsearch.SearchDocument;
import org.huixiang.common.kafka.Acks;
import org.huixiang.common.kafka.ReliableProducers;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.Origin;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.ingest.parse.ParseOutcome;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.privacy.PiiKeys;
import org.huixiang.job.ApplicationRunner;
import org.huixiang.job.Connectors;
import org.huixiang.job.ReadRange;

/**
 * {@code huixiang bench}: the ceilings of the parts, then the whole application on a running stack
 * over the same kind of records, in one run. Phases, in order: bare HanLP segmentation and the
 * whole analyzer on all cores; bare Kafka produce + consume and bare Elasticsearch bulk indexing,
 * each repeated until its rate stops rising ({@link WarmPasses}: a fresh broker or node is slow
 * while its JIT compiles); the pipeline taking in a warm-up corpus (from a cold start); the
 * pipeline draining a backlog preloaded into it once warm (sustained throughput); the pipeline
 * under a steady load (latencies). CPU is accounted per process and phase, memory at its peak.
 */
public final class PipelineBench {

    /**
     * @param documents records preloaded for the throughput phase
     * @param perSecond the steady load's rate
     * @param steadySeconds how long the steady load lasts
     * @param ceilingSeconds measuring time of each CPU-bound ceiling
     * @param seed the corpus seed: the same seed gives the same records
     * @param warmupDocuments records the job takes in before the backlog, so that the throughput is
     *     that of a warm JVM (the JIT compiles the pipeline's code during the first thousands of
     *     documents); 0 measures the backlog from the job's cold start
     */
    public record Options(
            int documents,
            int perSecond,
            int steadySeconds,
            double ceilingSeconds,
            long seed,
            int warmupDocuments) {}

    /** Documents the bare bulk indexing sends at most (they are analyzed first, untimed). */
    static final int ELASTICSEARCH_CEILING_DOCUMENTS = 20_000;

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(15);

    private static final List<String> OUTPUTS = List.of(Topics.DEADLETTER, Topics.ALERTS);

    private final HuixiangConfig config;
    private final Seeds seeds;
    private final PiiKeys keys;
    private final ProcessMeter meter;
    private final PrintStream progress;

    public PipelineBench(
            HuixiangConfig config,
            Seeds seeds,
            PiiKeys keys,
            ProcessMeter meter,
            PrintStream progress) {
        this.config = config;
        this.seeds = seeds;
        this.keys = keys;
        this.meter = meter;
        this.progress = progress;
    }

    public BenchResult run(TextPool pool, Options options) throws Exception {
        String prefix = "bench-" + options.seed() + "-" + System.currentTimeMillis();
        BenchCorpus backlog =
                BenchCorpus.generate(
                        pool, seeds.regions(), options.documents(), options.seed(), prefix + "-b");
        BenchCorpus steady =
                BenchCorpus.generate(
                        pool,
                        seeds.regions(),
                        options.perSecond() * options.steadySeconds(),
                        options.seed() + 1,
                        prefix + "-s");
        BenchCorpus warmup =
                options.warmupDocuments() > 0
                        ? BenchCorpus.generate(
                                pool,
                                seeds.regions(),
                                options.warmupDocuments(),
                                options.seed() + 2,
                                prefix + "-w")
                        : null;
        List<Document> documents = parse(backlog);
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, String> kafka = config.kafka().clientProperties();

        BenchResult.Ceilings ceilings = ceilings(documents, backlog, cores, options, kafka);

        BenchCorpus first = warmup != null ? warmup : backlog;
        say("pipeline: preloading " + first.size() + " records into Kafka …");
        List<String> inputs = Topics.INPUTS;
        Map<TopicPartition, Long> start = TopicOffsets.latest(kafka, inputs);
        Map<TopicPartition, Long> outputsBefore = TopicOffsets.latest(kafka, OUTPUTS);
        preload(kafka, first);
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient es = clients.sync();
            StreamExecutionEnvironment env = ApplicationRunner.headlessEnvironment(config);
            Connectors.job(config, seeds, keys, ReadRange.from(start)).build(env);
            ProcessMeter.Mark drainMark = meter.mark();
            long drainFrom = System.currentTimeMillis();
            JobClient job = env.executeAsync("huixiang (bench)");
            try {
                BenchResult.Drain warm = null;
                Map<TopicPartition, Long> outputsBeforeDrain = outputsBefore;
                if (warmup != null) {
                    warm = drain(es, prefix + "-w", warmup.size(), drainFrom);
                    say(
                            String.format(
                                    "warm-up: %d documents searchable in %.1f s after the first read: %.0f docs/s",
                                    warm.documents(), warm.seconds(), warm.docsPerSecond()));
                    say(
                            "pipeline: preloading "
                                    + backlog.size()
                                    + " records into the running job …");
                    outputsBeforeDrain = TopicOffsets.latest(kafka, OUTPUTS);
                    drainMark = meter.mark();
                    drainFrom = System.currentTimeMillis();
                    preload(kafka, backlog);
                }
                BenchResult.Drain drain = drain(es, prefix + "-b", backlog.size(), drainFrom);
                CpuUse drainCpu = meter.since(drainMark, "drain", backlog.size());
                Map<TopicPartition, Long> outputsDrained = TopicOffsets.latest(kafka, OUTPUTS);
                say(
                        String.format(
                                "pipeline: %d documents searchable in %.1f s after the first read: %.0f docs/s",
                                backlog.size(), drain.seconds(), drain.docsPerSecond()));
                say(
                        "steady load: "
                                + options.perSecond()
                                + " docs/s for "
                                + options.steadySeconds()
                                + " s …");
                List<SteadyLoad.Planned> planned = new ArrayList<>();
                List<Document> steadyDocuments = parse(steady);
                for (int i = 0; i < steady.size(); i++) {
                    planned.add(
                            new SteadyLoad.Planned(
                                    steady.items().get(i), steadyDocuments.get(i).id()));
                }
                ProcessMeter.Mark steadyMark = meter.mark();
                SteadyLoad.Outcome outcome =
                        new SteadyLoad(kafka, es, progress)
                                .run(planned, options.perSecond(), Duration.ofSeconds(30));
                CpuUse steadyCpu = meter.since(steadyMark, "steady", steady.size());
                Map<TopicPartition, Long> outputsAfter = TopicOffsets.latest(kafka, OUTPUTS);
                return new BenchResult(
                        BenchResult.Corpus.of(backlog, pool.description()),
                        cores,
                        config.flink().parallelism(),
                        config.flink().checkpointInterval().toSeconds(),
                        partitions(start, Topics.RAW_POSTS),
                        ceilings,
                        warm,
                        drain,
                        outcome,
                        options.perSecond(),
                        TopicOffsets.appended(outputsBefore, outputsAfter, Topics.DEADLETTER),
                        TopicOffsets.appended(outputsBeforeDrain, outputsDrained, Topics.ALERTS),
                        TopicOffsets.appended(outputsDrained, outputsAfter, Topics.ALERTS),
                        List.of(
                                ceilings.cpuBoundCpu(),
                                ceilings.kafkaCpu(),
                                ceilings.elasticsearchCpu(),
                                drainCpu,
                                steadyCpu),
                        meter.peakRssBytes(),
                        meter.peakTotalRssBytes());
            } finally {
                job.cancel().get();
            }
        }
    }

    private BenchResult.Ceilings ceilings(
            List<Document> documents,
            BenchCorpus backlog,
            int cores,
            Options options,
            Map<String, String> kafka)
            throws Exception {
        CountyAnalyzer analyzer = new CountyAnalyzer(seeds);
        Segmenter segmenter = analyzer.segmenter();
        List<String> texts = documents.stream().map(Document::fullText).toList();
        Throughput.Work<String> segmentation = new Throughput.Work<>(texts, segmenter::segment);
        Throughput.Work<Document> analysis = new Throughput.Work<>(documents, analyzer::analyze);
        say("ceilings: segmentation and the analyzer by turns until the JIT compiler is quiet …");
        say("ceilings: " + Throughput.warmUntilCompiled(List.of(segmentation, analysis), cores));
        say(
                "ceilings: bare HanLP segmentation and the whole analyzer on "
                        + cores
                        + " threads, by turns …");
        ProcessMeter.Mark cpuBound = meter.mark();
        Throughput.Rates rates =
                Throughput.alternating(
                        segmentation,
                        analysis,
                        cores,
                        options.ceilingSeconds(),
                        Throughput.SLICE_SECONDS);
        CpuUse cpuBoundCpu = meter.since(cpuBound, "ceiling: segmentation, analyzer", 0);
        List<byte[]> records = backlog.items().stream().map(BenchCorpus.Item::json).toList();
        say(
                "ceilings: bare Kafka produce + consume of "
                        + records.size()
                        + " records, passes until steady …");
        Measured kafkaCeiling =
                untilSteady("ceiling: Kafka", records.size(), () -> Ceilings.kafka(kafka, records));
        int indexed = Math.min(documents.size(), ELASTICSEARCH_CEILING_DOCUMENTS);
        say(
                "ceilings: bare Elasticsearch bulk indexing of "
                        + indexed
                        + " analyzed documents, passes until steady …");
        List<IndexRequest> requests = new ArrayList<>(indexed);
        for (Document document : documents.subList(0, indexed)) {
            requests.add(
                    SearchDocument.indexRequest(
                            new AnalyzedDocument(document, analyzer.analyze(document))));
        }
        Measured elasticsearchCeiling;
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            elasticsearchCeiling =
                    untilSteady(
                            "ceiling: Elasticsearch",
                            requests.size(),
                            () ->
                                    Ceilings.elasticsearch(
                                            clients.sync(), clients.async(), requests));
        }
        return new BenchResult.Ceilings(
                rates.first(),
                rates.second(),
                elasticsearchCeiling.rate(),
                kafkaCeiling.rate(),
                cpuBoundCpu,
                kafkaCeiling.cpu(),
                elasticsearchCeiling.cpu());
    }

    /** The rate of a ceiling's kept pass and the CPU that pass alone used. */
    private record Measured(double rate, CpuUse cpu) {}

    /** {@link WarmPasses} over {@code pass}, the CPU of each pass accounted on its own. */
    private Measured untilSteady(String phase, int items, Callable<Double> pass) throws Exception {
        return WarmPasses.untilSteady(
                () -> {
                    ProcessMeter.Mark mark = meter.mark();
                    double rate = pass.call();
                    say(String.format("  pass: %.0f/s", rate));
                    return new Measured(rate, meter.since(mark, phase, items));
                },
                Measured::rate);
    }

    /** The documents the job will make of the corpus (the parser is the job's, keys included). */
    private List<Document> parse(BenchCorpus corpus) {
        RecordParser parser = keys.parser(Clock.systemUTC());
        List<Document> documents = new ArrayList<>(corpus.size());
        long offset = 0;
        for (BenchCorpus.Item item : corpus.items()) {
            Origin origin = new Origin(item.topic(), 0, offset++, System.currentTimeMillis());
            ParseOutcome outcome = parser.parse(item.kind(), item.json(), origin);
            if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
                throw new IllegalStateException(
                        "the benchmark made a record the parser rejects: " + outcome);
            }
            documents.add(parsed.document());
        }
        return documents;
    }

    private void preload(Map<String, String> kafka, BenchCorpus corpus) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer =
                ReliableProducers.create(kafka, Map.of(ProducerConfig.LINGER_MS_CONFIG, "5"))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(corpus.size());
            for (BenchCorpus.Item item : corpus.items()) {
                sent.add(producer.send(new ProducerRecord<>(item.topic(), item.json())));
            }
            Acks.awaitAll(sent);
        }
    }

    /**
     * Waits until all {@code expected} documents with ids under {@code prefix} are searchable;
     * throughput counts from the first document's ingestion (the job's first read of them) to then.
     *
     * @param from when the job was submitted, or the records preloaded into the running job
     */
    private BenchResult.Drain drain(ElasticsearchClient es, String prefix, int expected, long from)
            throws Exception {
        long deadline = System.currentTimeMillis() + DRAIN_TIMEOUT.toMillis();
        long searchable = 0;
        ProgressLine line = ProgressLine.of(progress);
        while (searchable < expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(
                        "pipeline: only "
                                + searchable
                                + " of "
                                + expected
                                + " documents searchable after "
                                + DRAIN_TIMEOUT.toMinutes()
                                + " min; see huixiang deadletters and the log");
            }
            Thread.sleep(200);
            searchable = searchable(es, prefix);
            line.update("  searchable: " + searchable + "/" + expected);
        }
        long allSearchable = System.currentTimeMillis();
        line.done();
        var first =
                es.search(
                        s ->
                                s.index(IndexNames.DOCS_ALIAS)
                                        .size(0)
                                        .query(
                                                q ->
                                                        q.prefix(
                                                                p ->
                                                                        p.field("source_id")
                                                                                .value(prefix)))
                                        .aggregations(
                                                "first", a -> a.min(m -> m.field("ingested_at"))),
                        Void.class);
        long firstRead = (long) first.aggregations().get("first").min().value();
        return new BenchResult.Drain(
                expected, (allSearchable - firstRead) / 1000.0, (firstRead - from) / 1000.0);
    }

    /**
     * Documents with ids under {@code prefix} searchable now. Until the first document creates the
     * monthly index and its shard starts, counting fails (404, then 503): that counts as none yet.
     */
    private static long searchable(ElasticsearchClient es, String prefix) {
        try {
            return es.count(
                            c ->
                                    c.index(IndexNames.DOCS_ALIAS)
                                            .query(
                                                    q ->
                                                            q.prefix(
                                                                    p ->
                                                                            p.field("source_id")
                                                                                    .value(
                                                                                            prefix))))
                    .count();
        } catch (IOException | ElasticsearchException notYet) {
            return 0;
        }
    }

    private static int partitions(Map<TopicPartition, Long> offsets, String topic) {
        return (int) offsets.keySet().stream().filter(tp -> tp.topic().equals(topic)).count();
    }

    private void say(String line) {
        if (progress != null) {
            progress.println(line);
        }
    }
}
