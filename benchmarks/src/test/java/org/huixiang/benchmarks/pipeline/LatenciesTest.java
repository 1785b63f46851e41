package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentilesWhateverTheOrder() {
        List<Long> millis = new ArrayList<>();
        for (long i = 1; i <= 200; i++) {
            millis.add(i * 10);
        }
        Collections.shuffle(millis);
        Latencies latencies = Latencies.of(millis, 3);
        assertThat(latencies.p50()).isEqualTo(1_000);
        assertThat(latencies.p99()).isEqualTo(1_980);
        assertThat(latencies.max()).isEqualTo(2_000);
        assertThat(latencies.samples()).isEqualTo(200);
        assertThat(latencies.missing()).isEqualTo(3);
        assertThat(latencies.toString()).contains("p99 1980 ms", "3 never seen");
    }

    @Test
    void noSamplesSayNoSamples() {
        Latencies none = Latencies.of(List.of(), 0);
        assertThat(none.samples()).isZero();
        assertThat(none.p99()).isEqualTo(-1);
        assertThat(none.toString()).isEqualTo("no samples");
    }
}
