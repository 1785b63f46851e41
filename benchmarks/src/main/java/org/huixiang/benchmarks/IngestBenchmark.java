package org.huixiang.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.huixiang.benchmarks.pipeline.BenchCorpus;
import org.huixiang.benchmarks.pipeline.TextPool;
import org.huixiang.common.model.Origin;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.ingest.parse.ParseOutcome;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.privacy.PiiKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The job's parser on the pipeline benchmark's own records (posts and citizen messages with their
 * contacts and addresses, same generator, fixed seed): reading the JSON, normalizing the text,
 * taking out links and signals, masking personal data. Each invocation parses the next record.
 */
public class IngestBenchmark extends Microbenchmark {

    private static final int RECORDS = 512;

    private List<BenchCorpus.Item> items;
    private RecordParser parser;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        TextPool pool =
                TextPool.samples(
                        Path.of(System.getProperty("huixiang.samples", "seeds/samples")),
                        text -> "");
        items =
                BenchCorpus.generate(
                                pool, SeedLoader.loadDefault().regions(), RECORDS, 20231, "jmh")
                        .items();
        parser =
                new PiiKeys("jmh-only-secret-of-32-bytes-----".getBytes(StandardCharsets.UTF_8))
                        .parser(Clock.systemUTC());
    }

    @Benchmark
    public ParseOutcome parse() {
        int i = next;
        next = (next + 1) % items.size();
        BenchCorpus.Item item = items.get(i);
        return parser.parse(item.kind(), item.json(), new Origin(item.topic(), 0, i, 0));
    }
}
