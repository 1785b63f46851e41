package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchResultTest {

    @Test
    void aSteadyLoadAboveTheDrainsRateIsAnOverload() {
        // 3,000 documents drained in 15 s: 200 docs/s
        BenchResult.Drain drain = new BenchResult.Drain(3_000, 15.0, 4.0);

        assertThat(steadyAt(200, drain).steadyAboveThroughput()).isFalse();
        assertThat(steadyAt(201, drain).steadyAboveThroughput()).isTrue();
    }

    private static BenchResult steadyAt(int perSecond, BenchResult.Drain drain) {
        return new BenchResult(
                null, 2, 2, 30, 2, null, null, drain, null, perSecond, 0, 0, 0, List.of(), Map.of(),
                0);
    }
}
