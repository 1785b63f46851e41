package org.huixiang.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.huixiang.app.bench.BenchCorpus;
import org.huixiang.app.bench.TextPool;
import org.huixiang.app.job.PiiKeys;
import org.huixiang.common.model.Origin;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.ingest.parse.ParseOutcome;
import org.huixiang.ingest.parse.RecordParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The job's parser on the pipeline benchmark's own records (posts and citizen messages with their
 * contacts and addresses, same generator, fixed seed): reading the JSON, normalizing the text,
 * taking out links and signals, masking personal data. Each invocation parses the next record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestBenchmark {

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
