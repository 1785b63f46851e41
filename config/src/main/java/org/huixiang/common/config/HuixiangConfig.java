package org.huixiang.common.config;

import java.io.Serializable;

/**
 * Everything the application needs to know about its surroundings. Built by {@link ConfigLoader};
 * the embedded default needs no file at all.
 *
 * @param replicas index replicas: 0 on a single node, at least 1 on a real cluster
 * @param seedsDir a folder with seed files overriding the packaged ones, or null
 * @param analysis trained models for the analysis stage (none by default)
 * @param notifications webhooks for new and escalated alerts (none by default)
 * @param console the console service
 */
public record HuixiangConfig(
        KafkaSettings kafka,
        ElasticsearchConnection elasticsearch,
        int replicas,
        FlinkSettings flink,
        String seedsDir,
        AnalysisSettings analysis,
        NotificationSettings notifications,
        ConsoleSettings console,
        IntakeSettings intake)
        implements Serializable {

    /** This configuration with other Flink settings (a replay clock, another parallelism). */
    public HuixiangConfig withFlink(FlinkSettings value) {
        return new HuixiangConfig(
                kafka,
                elasticsearch,
                replicas,
                value,
                seedsDir,
                analysis,
                notifications,
                console,
                intake);
    }

    /** This configuration with other notification settings. */
    public HuixiangConfig withNotifications(NotificationSettings value) {
        return new HuixiangConfig(
                kafka, elasticsearch, replicas, flink, seedsDir, analysis, value, console, intake);
    }

    /** This configuration with other console settings. */
    public HuixiangConfig withConsole(ConsoleSettings value) {
        return new HuixiangConfig(
                kafka,
                elasticsearch,
                replicas,
                flink,
                seedsDir,
                analysis,
                notifications,
                value,
                intake);
    }

    /** This configuration with other intake settings. */
    public HuixiangConfig withIntake(IntakeSettings value) {
        return new HuixiangConfig(
                kafka,
                elasticsearch,
                replicas,
                flink,
                seedsDir,
                analysis,
                notifications,
                console,
                value);
    }
}
