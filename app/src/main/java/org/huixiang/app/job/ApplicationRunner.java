package org.huixiang.app.job;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.common.config.HuixiangConfig;

/**
 * Builds the execution environment of the application: parallelism and checkpointing from config.
 */
public final class ApplicationRunner {

    /** The port of the Flink web UI when the embedded MiniCluster serves one. */
    public static final int FLINK_UI_PORT = 8081;

    private ApplicationRunner() {}

    /**
     * A local MiniCluster environment for a long-running job, serving Flink's web UI on {@link
     * #FLINK_UI_PORT}; a failed task restarts from the last checkpoint (Flink's default restart
     * strategy with checkpointing: exponential backoff, no limit).
     */
    public static StreamExecutionEnvironment localEnvironment(HuixiangConfig config) {
        return localEnvironment(config, null);
    }

    /**
     * @param restoreFrom a savepoint or retained checkpoint to start from, or null for none
     */
    public static StreamExecutionEnvironment localEnvironment(
            HuixiangConfig config, String restoreFrom) {
        Configuration conf = configuration(config, restoreFrom);
        conf.set(RestOptions.PORT, FLINK_UI_PORT);
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
        env.setParallelism(config.flink().parallelism());
        return env;
    }

    /**
     * A local MiniCluster environment for a run someone waits on (a bounded run, a test): no web
     * UI, and a job that keeps failing fails after {@link #BOUNDED_RESTARTS} restarts instead of
     * retrying forever.
     */
    public static StreamExecutionEnvironment headlessEnvironment(HuixiangConfig config) {
        return headlessEnvironment(config, null);
    }

    /**
     * @param restoreFrom a savepoint or retained checkpoint to start from, or null for none
     */
    public static StreamExecutionEnvironment headlessEnvironment(
            HuixiangConfig config, String restoreFrom) {
        Configuration conf = configuration(config, restoreFrom);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, BOUNDED_RESTARTS);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(
                        config.flink().parallelism(), conf);
        env.setParallelism(config.flink().parallelism());
        return env;
    }

    /** Restarts a bounded run allows before it fails. */
    static final int BOUNDED_RESTARTS = 2;

    private static Configuration configuration(HuixiangConfig config, String restoreFrom) {
        Configuration conf = new Configuration();
        if (restoreFrom != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restoreFrom);
        }
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        conf.set(
                CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                checkpointUri(config.flink().checkpointDir()));
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.flink().checkpointInterval());
        conf.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        return conf;
    }

    private static String checkpointUri(String dir) {
        return dir.contains("://") ? dir : Path.of(dir).toAbsolutePath().toUri().toString();
    }
}
