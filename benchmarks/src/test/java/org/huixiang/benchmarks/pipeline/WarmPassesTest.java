package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmPassesTest {

    @Test
    void keepsThePassThatNoLongerRises() throws Exception {
        Iterator<Double> rates = List.of(2_600.0, 5_300.0, 9_200.0, 9_500.0, 11_000.0).iterator();
        AtomicInteger passes = new AtomicInteger();

        double kept =
                WarmPasses.untilSteady(
                        () -> {
                            passes.incrementAndGet();
                            return rates.next();
                        },
                        r -> r);

        assertThat(kept).isEqualTo(9_500.0);
        assertThat(passes).hasValue(4);
    }

    @Test
    void aSlowerSecondPassEndsTheWarmUp() throws Exception {
        Iterator<Double> rates = List.of(10_000.0, 9_000.0, 20_000.0).iterator();

        assertThat(WarmPasses.untilSteady(rates::next, r -> r)).isEqualTo(9_000.0);
    }

    @Test
    void stopsAtTheLimitWhileStillRising() throws Exception {
        AtomicInteger passes = new AtomicInteger();

        double kept = WarmPasses.untilSteady(() -> Math.pow(2, passes.incrementAndGet()), r -> r);

        assertThat(passes).hasValue(WarmPasses.MAX_PASSES);
        assertThat(kept).isEqualTo(Math.pow(2, WarmPasses.MAX_PASSES));
    }
}
