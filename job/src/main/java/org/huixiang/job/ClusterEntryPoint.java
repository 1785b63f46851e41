package org.huixiang.job;

import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.common.config.ConfigLoader;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.ingest.privacy.PiiKeys;

/**
 * The job jar's entry class for a cluster in application mode: the Flink Kubernetes Operator's
 * {@code FlinkDeployment} (deploy/k8s) or {@code flink run}. Arguments: {@code [--config FILE]};
 * environment overrides apply as everywhere, and the PII key must come from {@code
 * HUIXIANG_PII_KEY}. Topics and index templates are expected in place ({@code huixiang setup}).
 */
public final class ClusterEntryPoint {

    private ClusterEntryPoint() {}

    public static void main(String[] args) throws Exception {
        plan(args, System.getenv()).execute(ApplicationRunner.JOB_NAME);
    }

    /**
     * The application, built into the cluster's environment but not yet started (tests check the
     * deployment's arguments and environment with it).
     */
    public static StreamExecutionEnvironment plan(String[] args, Map<String, String> env) {
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                file = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException(
                        "unexpected argument '" + args[i] + "'; the only one is --config FILE");
            }
        }
        HuixiangConfig config = ConfigLoader.load(file, env);
        StreamExecutionEnvironment flink = ApplicationRunner.contextEnvironment(config);
        Connectors.job(
                        config,
                        SeedLoader.load(config.seedsDir()),
                        PiiKeys.fromEnvironment(env),
                        ReadRange.committed())
                .build(flink);
        return flink;
    }
}
