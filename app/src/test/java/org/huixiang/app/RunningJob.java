package org.huixiang.app;

import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.job.ApplicationRunner;
import org.huixiang.job.Connectors;
import org.huixiang.job.ReadRange;

/**
 * The whole application as it runs in production, unbounded, on a local MiniCluster, reading the
 * input topics from their current end: what tests produce afterwards is what it processes.
 */
final class RunningJob {

    private RunningJob() {}

    static JobClient start(HuixiangConfig config, String name) throws Exception {
        return start(config, name, null);
    }

    /**
     * The same, started from a savepoint or retained checkpoint when {@code restoreFrom} is set.
     */
    static JobClient start(HuixiangConfig config, String name, String restoreFrom)
            throws Exception {
        var start = TopicOffsets.latest(config.kafka().clientProperties(), Topics.INPUTS);
        StreamExecutionEnvironment env = ApplicationRunner.headlessEnvironment(config, restoreFrom);
        Connectors.job(config, SeedLoader.loadDefault(), TestRuns.KEYS, ReadRange.from(start))
                .build(env);
        return env.executeAsync(name);
    }
}
