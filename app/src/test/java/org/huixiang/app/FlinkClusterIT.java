package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.devstack.FlinkCluster;
import org.huixiang.devstack.FlinkClusterSettings;
import org.huixiang.devstack.internal.Preflight;
import org.huixiang.job.ApplicationRunner;
import org.huixiang.job.Connectors;
import org.huixiang.job.ReadRange;
import org.junit.jupiter.api.Test;

/**
 * The application on a real Flink standalone cluster: a JobManager and two TaskManagers, each its
 * own process running Flink's runtime from Maven Central, the job submitted as its job jar through
 * the REST API, as {@code huixiang run --flink} does. One TaskManager process is killed (SIGKILL)
 * while the job runs on both; the job restores its latest checkpoint on the survivor and every post
 * is stored exactly once.
 */
class FlinkClusterIT {

    @Test
    void theJobRunsOnAClusterAndSurvivesAKilledTaskManager() throws Exception {
        HuixiangConfig config = TestConsole.config();
        String run = UUID.randomUUID().toString().substring(0, 8);
        var start = TopicOffsets.latest(config.kafka().clientProperties(), Topics.INPUTS);
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
        FlinkClusterSettings settings =
                new FlinkClusterSettings(
                                Path.of("target/flink-cluster-" + run).toAbsolutePath(),
                                0,
                                0,
                                2,
                                2,
                                "1600m")
                        .withPorts(Preflight.freePort(), Preflight.freePort());

        try (FlinkCluster cluster = FlinkCluster.start(settings)) {
            StreamExecutionEnvironment env =
                    ApplicationRunner.clusterEnvironment(
                            config,
                            cluster.restAddress(),
                            Path.of(System.getProperty("huixiang.job.jar")),
                            null);
            Connectors.job(config, SeedLoader.loadDefault(), TestRuns.KEYS, ReadRange.from(start))
                    .build(env);
            JobClient job = env.executeAsync(ApplicationRunner.JOB_NAME);
            String jobPath = "/jobs/" + job.getJobID();

            RunPosts.produce(config, run, 0, 10, null);
            RunPosts.awaitStored(config, run, 10);
            assertThat(freeSlotsByTaskManager(cluster))
                    .as("the job holds one slot on each TaskManager, so a loss is a real loss")
                    .containsExactly(1, 1);
            Map<String, String> firstTen = RunPosts.ingestedAt(config, run);
            // a checkpoint that started after the ten were stored covers their offsets
            long completed = completedCheckpoints(cluster, jobPath);
            long covering = awaitCheckpoint(cluster, jobPath, completed + 2);

            long killedAt = System.nanoTime();
            cluster.killTaskManager(1);
            RunPosts.produce(config, run, 10, 20, null);
            RunPosts.awaitStored(config, run, 30);
            long recoveredMs = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();

            JsonNode state = cluster.rest(jobPath);
            assertThat(state.path("state").asText()).isEqualTo("RUNNING");
            assertThat(state.path("timestamps").path("RESTARTING").asLong())
                    .as("the job lost tasks and restarted")
                    .isPositive();
            JsonNode checkpoints = cluster.rest(jobPath + "/checkpoints");
            JsonNode restored = checkpoints.path("latest").path("restored");
            System.out.printf(
                    "recovery run: TaskManager pid %d killed after checkpoint %d; job restored"
                            + " checkpoint %d (%d restores), 30/30 posts stored %d ms after the"
                            + " kill%n",
                    cluster.taskManagerPid(1),
                    covering,
                    restored.path("id").asLong(),
                    checkpoints.path("counts").path("restored").asLong(),
                    recoveredMs);
            assertThat(restored.path("id").asLong())
                    .as("restored from the latest checkpoint before the loss, not from scratch")
                    .isGreaterThanOrEqualTo(covering);
            assertThat(RunPosts.ingestedAt(config, run))
                    .as("the ten posts the checkpoint covers were not read again")
                    .containsAllEntriesOf(firstTen)
                    .hasSize(30);
            assertThat(cluster.overview().path("taskmanagers").asInt())
                    .as("the killed TaskManager is gone; the job runs on the survivor")
                    .isEqualTo(1);
            assertThat(KafkaTopics.read(config, letters)).isEmpty();
            job.cancel().get();
        }
    }

    private static List<Integer> freeSlotsByTaskManager(FlinkCluster cluster) throws Exception {
        List<Integer> free = new ArrayList<>();
        cluster.rest("/taskmanagers")
                .path("taskmanagers")
                .forEach(tm -> free.add(tm.path("freeSlots").asInt()));
        return free;
    }

    private static long completedCheckpoints(FlinkCluster cluster, String jobPath)
            throws Exception {
        return cluster.rest(jobPath + "/checkpoints").path("counts").path("completed").asLong();
    }

    /** Waits for {@code count} completed checkpoints; returns the latest one's id. */
    private static long awaitCheckpoint(FlinkCluster cluster, String jobPath, long count)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (completedCheckpoints(cluster, jobPath) < count) {
            assertThat(System.nanoTime()).as("checkpoints complete").isLessThan(deadline);
            Thread.sleep(500);
        }
        return cluster.rest(jobPath + "/checkpoints")
                .path("latest")
                .path("completed")
                .path("id")
                .asLong();
    }
}
