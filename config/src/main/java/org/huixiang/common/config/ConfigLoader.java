package org.huixiang.common.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the YAML configuration file, applies environment overrides, and validates the result.
 *
 * <p>Environment variables ({@link EnvironmentOverride}) win over the file, so secrets need never
 * be written into it and one file serves every environment. Every problem is collected and reported
 * at once, each naming the file (or the variable), the key and the fix.
 *
 * <p>Each section has its reader ({@link KafkaSection}, {@link ElasticsearchSection}, …); they
 * share one {@link ConfigSource}, which holds the file, the environment and the problems. This
 * class only composes them.
 */
public final class ConfigLoader {

    /** The sections of the file; anything else at the top is a typo worth stopping for. */
    private static final Set<String> TOP_LEVEL_KEYS =
            Set.of(
                    "kafka",
                    "elasticsearch",
                    "flink",
                    "seeds_dir",
                    "analysis",
                    "notifications",
                    "console",
                    "intake");

    private ConfigLoader() {}

    /** Loads {@code file} (may be null for defaults only) with overrides from {@code env}. */
    public static HuixiangConfig load(Path file, Map<String, String> env) {
        return check(file, env).config();
    }

    /**
     * A loaded configuration and the environment overrides that shaped it.
     *
     * @param overrides the variables that were set and used, in the order read
     */
    public record Checked(HuixiangConfig config, List<EnvironmentOverride> overrides) {}

    /** As {@link #load}, and says which environment variables it used. */
    public static Checked check(Path file, Map<String, String> env) {
        ConfigSource source = ConfigSource.open(file, env);
        return new Checked(build(source), source.applied());
    }

    /** The embedded default: local Kafka and Elasticsearch on the given ports. */
    public static HuixiangConfig embedded(
            String kafkaBootstrap, String elasticsearchUrl, String checkpointDir) {
        return new HuixiangConfig(
                new KafkaSettings(kafkaBootstrap, Map.of(), "huixiang"),
                ElasticsearchConnection.of(elasticsearchUrl),
                0,
                new FlinkSettings(
                        2, Duration.ofSeconds(5), checkpointDir, FlinkSettings.EventTime.LIVE),
                null,
                AnalysisSettings.none(),
                NotificationSettings.none(),
                ConsoleSettings.defaults(),
                IntakeSettings.defaults());
    }

    private static HuixiangConfig build(ConfigSource source) {
        checkKeys(source);
        // in the order HuixiangConfig lists the sections, which the report follows; the readers of
        // sections whose records validate themselves return null after a problem, and nothing is
        // built from them then
        KafkaSettings kafka = KafkaSection.read(source);
        ElasticsearchConnection elasticsearch = ElasticsearchSection.read(source);
        int replicas = ElasticsearchSection.replicas(source);
        FlinkSettings flink = FlinkSection.read(source);
        String seedsDir = seedsDir(source);
        AnalysisSettings analysis = AnalysisSection.read(source);
        NotificationSettings notifications = NotificationsSection.read(source);
        ConsoleSettings console = ConsoleSection.read(source);
        IntakeSettings intake = IntakeSection.read(source);
        source.failOnProblems();
        return new HuixiangConfig(
                kafka,
                elasticsearch,
                replicas,
                flink,
                seedsDir,
                analysis,
                notifications,
                console,
                intake);
    }

    /**
     * Unknown keys first, before any value: a misspelt key silently does nothing, which no check of
     * the values would reveal.
     */
    private static void checkKeys(ConfigSource source) {
        source.checkKeys(source.root(), "", TOP_LEVEL_KEYS);
        source.checkKeys("kafka", KafkaSection.KEYS);
        source.checkKeys("elasticsearch", ElasticsearchSection.KEYS);
        source.checkKeys("flink", FlinkSection.KEYS);
        source.checkKeys("analysis", AnalysisSection.KEYS);
        NotificationsSection.checkKeys(source);
        source.checkKeys("console", ConsoleSection.KEYS);
        source.checkKeys("intake", IntakeSection.KEYS);
    }

    /**
     * {@code seeds_dir}: a folder of seeds to use instead of the packaged ones, or null. One key,
     * so no reader of its own.
     */
    private static String seedsDir(ConfigSource source) {
        return source.folder(
                source.root(),
                "seeds_dir",
                EnvironmentOverride.SEEDS_DIR,
                "a folder holding units.yaml, topics.yaml, …");
    }
}
