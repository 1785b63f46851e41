package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CeilingsArithmeticTest {

    @Test
    void thePartsTogetherShareTheCoresByTheirCpuPerDocument() {
        // the analyzer: 2,000 docs/s on 2 busy cores = 1 ms per document
        // Elasticsearch's pass: 1 s of CPU over 2,000 documents (node and client) = 0.5 ms
        // Kafka's pass: 0.3 s over 3,000 records = 0.1 ms
        BenchResult.Ceilings ceilings =
                new BenchResult.Ceilings(
                        3_000,
                        2_000,
                        4_000,
                        30_000,
                        new CpuUse(
                                "ceiling: segmentation, analyzer",
                                1.0,
                                0,
                                Map.of("application", 2.0),
                                CpuUse.Machine.UNKNOWN),
                        new CpuUse(
                                "ceiling: Kafka",
                                0.1,
                                3_000,
                                Map.of("kafka", 0.1, "application", 0.2),
                                CpuUse.Machine.UNKNOWN),
                        new CpuUse(
                                "ceiling: Elasticsearch",
                                0.5,
                                2_000,
                                Map.of("elasticsearch", 0.9, "application", 0.1),
                                CpuUse.Machine.UNKNOWN));

        assertThat(ceilings.partsMillisPerDocument(2)).isCloseTo(1.6, within(1e-9));
        assertThat(ceilings.partsTogether(2)).isCloseTo(1_250, within(1e-6));
    }
}
