package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProcessMeterTest {

    @Test
    void theMachineIsBusyInUserNiceSystemAndInterruptsAndLosesItsStealToOtherGuests() {
        // user nice system idle iowait irq softirq steal guest guest_nice, in 1/100 s
        CpuUse.Machine machine =
                ProcessMeter.machine(
                        "cpu  1000 20 300 9000 50 4 6 70 500 0\n"
                                + "cpu0 500 10 150 4500 25 2 3 35 250 0\n"
                                + "intr 123\n");

        assertThat(machine.busySeconds()).isCloseTo(13.30, within(1e-9));
        assertThat(machine.stolenSeconds()).isCloseTo(0.70, within(1e-9));
    }

    @Test
    void anythingButTheAllCoresLineIsRefusedWithTheLineItRead() {
        assertThatThrownBy(() -> ProcessMeter.machine("cpu0 500 10 150 4500 25 2 3 35 0 0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpu0 500");
    }
}
