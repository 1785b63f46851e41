package org.huixiang.benchmarks;

import java.time.Duration;
import java.time.Instant;
import org.huixiang.alerting.rules.SurgeDetector;
import org.huixiang.common.seeds.SeedLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * One document counted by the county's surge rule (one topic in one town) whose counts already hold
 * a week of history, a document every ten minutes: what the surge stage does per document and
 * topic. Each invocation counts a document a second after the one before.
 */
public class SurgeDetectorBenchmark extends Microbenchmark {

    private SurgeDetector detector;
    private SurgeDetector.State state;
    private Instant at;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        detector = new SurgeDetector(SeedLoader.loadDefault().rules().surges().get(0));
        state = new SurgeDetector.State();
        at = Instant.parse("2026-11-20T00:00:00Z");
        Instant weekLater = at.plus(Duration.ofDays(7));
        for (; at.isBefore(weekLater); at = at.plus(Duration.ofMinutes(10))) {
            detector.add(state, at);
        }
    }

    @Benchmark
    public SurgeDetector.Reading add() {
        at = at.plusSeconds(1);
        return detector.add(state, at);
    }
}
