package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void writesWhatTheFormatterWrites() {
        double[] edges = {
            0, -0.0, 0.005, 0.015, 0.125, 0.135, 1.005, 2.675, -0.001, -0.005, -0.333, 0.35, 0.175,
            0.525, 1e-9, 0.999, 0.995, 12345.678, -1
        };
        for (double x : edges) {
            assertThat(Decimals.twoPlaces(x)).as("%s", x).isEqualTo(String.format("%.2f", x));
        }
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double x = (random.nextDouble() * 2 - 1) * (i % 2 == 0 ? 1 : 100);
            double rounded = Math.round(x * 1000) / 1000.0;
            assertThat(Decimals.twoPlaces(x)).isEqualTo(String.format("%.2f", x));
            assertThat(Decimals.twoPlaces(rounded)).isEqualTo(String.format("%.2f", rounded));
        }
    }
}
