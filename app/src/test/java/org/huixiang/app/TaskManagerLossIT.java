package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.app.job.ApplicationRunner;
import org.huixiang.app.job.Connectors;
import org.huixiang.app.job.TopicOffsets;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

/**
 * A TaskManager is lost mid-stream: the application runs on a cluster of two TaskManagers with one
 * slot each (parallelism 2, so both hold tasks), one is terminated after a checkpoint and a fresh
 * one joins, as a container orchestrator would replace it. The job restarts from the checkpoint and
 * every post is stored exactly once.
 */
class TaskManagerLossIT {

    @Test
    void theJobSurvivesALostTaskManagerAndLosesNothing() throws Exception {
        HuixiangConfig config = TestConsole.config();
        String run = UUID.randomUUID().toString().substring(0, 8);
        var start =
                TopicOffsets.latest(
                        config.kafka().clientProperties(),
                        List.of(Topics.RAW_POSTS, Topics.RAW_MESSAGES, Topics.RESPONSES));
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
        StreamExecutionEnvironment env = ApplicationRunner.headlessEnvironment(config);
        Connectors.job(config, SeedLoader.loadDefault(), TestRuns.KEYS, start, null).build(env);
        // the cluster runs with the application's own settings: checkpoints, restart strategy
        Configuration settings =
                Configuration.fromMap(((Configuration) env.getConfiguration()).toMap());

        try (MiniCluster cluster =
                new MiniCluster(
                        new MiniClusterConfiguration.Builder()
                                .setConfiguration(settings)
                                .setNumTaskManagers(2)
                                .setNumSlotsPerTaskManager(1)
                                .build())) {
            cluster.start();
            JobID job = cluster.submitJob(env.getStreamGraph().getJobGraph()).get().getJobID();
            RunPosts.produce(config, run, 0, 10, null);
            RunPosts.awaitStored(config, run, 10);
            awaitCompletedCheckpoint(cluster, job);

            cluster.terminateTaskManager(0).get();
            cluster.startTaskManager();
            RunPosts.produce(config, run, 10, 20, null);
            RunPosts.awaitStored(config, run, 30);

            AccessExecutionGraph graph = cluster.getExecutionGraph(job).get();
            assertThat(graph.getStatusTimestamp(JobStatus.RESTARTING))
                    .as("the job lost tasks and restarted")
                    .isPositive();
            assertThat(graph.getCheckpointStatsSnapshot().getLatestRestoredCheckpoint())
                    .as("from its checkpoint, not from the beginning")
                    .isNotNull();
            assertThat(cluster.getJobStatus(job).get()).isEqualTo(JobStatus.RUNNING);
            assertThat(KafkaTopics.read(config, letters)).isEmpty();
            cluster.cancelJob(job).get();
        }
    }

    private static void awaitCompletedCheckpoint(MiniCluster cluster, JobID job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (cluster.getExecutionGraph(job)
                        .get()
                        .getCheckpointStatsSnapshot()
                        .getCounts()
                        .getNumberOfCompletedCheckpoints()
                == 0) {
            assertThat(System.nanoTime()).as("a checkpoint completes").isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}
