package org.huixiang.app.job;

import java.nio.file.Path;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateBackendOptions;
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
     * A local MiniCluster environment.
     *
     * @param webUi serve Flink's web UI on {@link #FLINK_UI_PORT}
     */
    public static StreamExecutionEnvironment localEnvironment(
            HuixiangConfig config, boolean webUi) {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        conf.set(
                CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                checkpointUri(config.flink().checkpointDir()));
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.flink().checkpointInterval());
        conf.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        StreamExecutionEnvironment env;
        if (webUi) {
            conf.set(RestOptions.PORT, FLINK_UI_PORT);
            conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
            env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
        } else {
            env =
                    StreamExecutionEnvironment.createLocalEnvironment(
                            config.flink().parallelism(), conf);
        }
        env.setParallelism(config.flink().parallelism());
        return env;
    }

    private static String checkpointUri(String dir) {
        return dir.contains("://") ? dir : Path.of(dir).toAbsolutePath().toUri().toString();
    }
}
