package org.huixiang.common.config;

import java.io.Serializable;
import org.huixiang.common.elasticsearch.ElasticsearchConnection;

/**
 * Everything the application needs to know about its surroundings. Built by {@link ConfigLoader};
 * the embedded default needs no file at all.
 *
 * @param replicas index replicas: 0 on a single node, at least 1 on a real cluster
 * @param seedsDir a folder with seed files overriding the packaged ones, or null
 * @param analysis trained models for the analysis stage (none by default)
 */
public record HuixiangConfig(
        KafkaSettings kafka,
        ElasticsearchConnection elasticsearch,
        int replicas,
        FlinkSettings flink,
        String seedsDir,
        AnalysisSettings analysis)
        implements Serializable {

    /** This configuration with another clock: replay mode for replaying history. */
    public HuixiangConfig withEventTime(FlinkSettings.EventTime eventTime) {
        return new HuixiangConfig(
                kafka,
                elasticsearch,
                replicas,
                new FlinkSettings(
                        flink.parallelism(),
                        flink.checkpointInterval(),
                        flink.checkpointDir(),
                        eventTime),
                seedsDir,
                analysis);
    }
}
