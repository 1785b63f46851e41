package org.huixiang.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The name the application runs under in Flink (web UI, REST, logs). */
    public static final String JOB_NAME = "huixiang";

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

    /**
     * An environment that submits to a running Flink cluster through its REST endpoint, shipping
     * {@code jobJar} (the application and what it needs beyond Flink). The job's checkpoint
     * settings travel with it; the cluster's own configuration decides everything else (restart
     * strategy, memory, high availability).
     *
     * @param restAddress {@code host:port} of the JobManager's REST endpoint
     * @param restoreFrom a savepoint or retained checkpoint to start from, or null for none
     */
    public static StreamExecutionEnvironment clusterEnvironment(
            HuixiangConfig config, String restAddress, Path jobJar, String restoreFrom) {
        Matcher address = HOST_PORT.matcher(restAddress.trim());
        if (!address.matches()) {
            throw new IllegalArgumentException(
                    "'"
                            + restAddress
                            + "' is not HOST:PORT of a Flink REST endpoint, e.g. 127.0.0.1:8081");
        }
        if (!Files.isRegularFile(jobJar)) {
            throw new IllegalArgumentException(
                    "no job jar at "
                            + jobJar
                            + ": build it with `mvn -pl app -am package -DskipTests`"
                            + " (it is app/target/huixiang-job.jar)");
        }
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createRemoteEnvironment(
                        address.group(1),
                        Integer.parseInt(address.group(2)),
                        configuration(config, restoreFrom),
                        jobJar.toAbsolutePath().toString());
        env.setParallelism(config.flink().parallelism());
        return env;
    }

    /**
     * The environment of the cluster that runs this program's {@code main} (application mode, as
     * the Flink Kubernetes Operator starts it, or {@code flink run}), with the job's checkpoint
     * settings and parallelism from the configuration.
     */
    public static StreamExecutionEnvironment contextEnvironment(HuixiangConfig config) {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(configuration(config, null));
        env.setParallelism(config.flink().parallelism());
        return env;
    }

    private static final Pattern HOST_PORT = Pattern.compile("([^:\\s/]+):(\\d{1,5})");

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
