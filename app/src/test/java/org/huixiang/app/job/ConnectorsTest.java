package org.huixiang.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.KafkaSettings;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    private static final HuixiangConfig EMBEDDED =
            ConfigLoader.embedded("127.0.0.1:9092", "http://127.0.0.1:9200", "/tmp/checkpoints");

    @Test
    void sourcesBatchTheirFetchesAndWaitAtMostATenthOfTheAlertHold() {
        Properties props = Connectors.sourceProperties(EMBEDDED);

        assertThat(props.getProperty("fetch.min.bytes")).isEqualTo("32768");
        assertThat(props.getProperty("fetch.max.wait.ms")).isEqualTo("100");
    }

    @Test
    void configuredClientPropertiesWinOverTheSourcesDefaults() {
        HuixiangConfig config =
                new HuixiangConfig(
                        new KafkaSettings(
                                "127.0.0.1:9092",
                                Map.of("fetch.max.wait.ms", "20", "security.protocol", "SSL"),
                                "huixiang"),
                        EMBEDDED.elasticsearch(),
                        EMBEDDED.replicas(),
                        EMBEDDED.flink(),
                        EMBEDDED.seedsDir(),
                        EMBEDDED.analysis(),
                        EMBEDDED.notifications(),
                        EMBEDDED.console(),
                        EMBEDDED.intake());

        Properties props = Connectors.sourceProperties(config);

        assertThat(props.getProperty("fetch.max.wait.ms")).isEqualTo("20");
        assertThat(props.getProperty("fetch.min.bytes")).isEqualTo("32768");
        assertThat(props.getProperty("security.protocol")).isEqualTo("SSL");
    }
}
