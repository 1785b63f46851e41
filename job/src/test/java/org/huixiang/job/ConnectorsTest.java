package org.huixiang.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.KafkaSettings;
import org.huixiang.common.kafka.Topics;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    private static final HuixiangConfig EMBEDDED =
            ConfigLoader.embedded("127.0.0.1:9092", "http://127.0.0.1:9200", "/tmp/checkpoints");

    @Test
    void onlyABoundedRangeMakesABoundedSource() {
        Map<TopicPartition, Long> start = Map.of(new TopicPartition(Topics.RAW_POSTS, 0), 0L);
        Map<TopicPartition, Long> end = Map.of(new TopicPartition(Topics.RAW_POSTS, 0), 5L);
        List<String> topics = List.of(Topics.RAW_POSTS);

        assertThat(Connectors.source(EMBEDDED, topics, ReadRange.committed()).getBoundedness())
                .isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
        assertThat(Connectors.source(EMBEDDED, topics, ReadRange.from(start)).getBoundedness())
                .isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
        assertThat(
                        Connectors.source(EMBEDDED, topics, ReadRange.between(start, end))
                                .getBoundedness())
                .isEqualTo(Boundedness.BOUNDED);
    }

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
