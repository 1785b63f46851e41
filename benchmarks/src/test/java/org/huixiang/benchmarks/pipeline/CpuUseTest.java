package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuUseTest {

    private static CpuUse phase(double machineBusy, double stolen) {
        return new CpuUse(
                "drain",
                10,
                5_000,
                Map.of("kafka", 1.0, "elasticsearch", 6.0, "application", 11.0),
                new CpuUse.Machine(machineBusy, stolen));
    }

    @Test
    void whatTheMachineDidBesideTheProcessesIsTheRestOfItsBusyTime() {
        CpuUse drain = phase(18.5, 1.2);

        assertThat(drain.otherCores()).isCloseTo(0.05, within(1e-9));
        assertThat(drain.stolenCores()).isCloseTo(0.12, within(1e-9));
        assertThat(drain.totalMillisPerDocument()).isCloseTo(3.6, within(1e-9));
    }

    @Test
    void accountingSkewBetweenTheTwoSourcesIsNotReportedAsNegativeWork() {
        // /proc/PID/stat and /proc/stat tick separately: the processes can add up to a little more
        assertThat(phase(17.9, 0).otherCores()).isZero();
    }
}
