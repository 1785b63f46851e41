package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.huixiang.common.config.HuixiangConfig;
import org.junit.jupiter.api.Test;

/**
 * The whole application is stopped with a savepoint, posts keep arriving while it is down, and it
 * is started again from the savepoint: it picks up where it stopped — nothing read twice, nothing
 * missed.
 */
class RestartIT {

    @Test
    void theApplicationRestartsFromItsSavepoint() throws Exception {
        HuixiangConfig config = TestConsole.config();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path savepoints = Files.createTempDirectory("huixiang-savepoints");
        JobClient first = RunningJob.start(config, "huixiang (before the stop)");
        RunPosts.produce(config, run, 0, 10, null);
        RunPosts.awaitStored(config, run, 10);
        Map<String, String> firstTen = RunPosts.ingestedAt(config, run);
        String savepoint =
                first.stopWithSavepoint(
                                false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
                        .get();
        // the job's result, not its status: the local cluster may already be gone once it ended
        assertThat(first.getJobExecutionResult().get(60, TimeUnit.SECONDS).getJobID())
                .as("the job finished rather than failed")
                .isEqualTo(first.getJobID());

        RunPosts.produce(config, run, 10, 20, null);
        JobClient second = RunningJob.start(config, "huixiang (after the restart)", savepoint);
        try {
            RunPosts.awaitStored(config, run, 30);
            Map<String, String> after = RunPosts.ingestedAt(config, run);
            firstTen.forEach(
                    (id, at) -> assertThat(after.get(id)).as(id + " not read again").isEqualTo(at));
            assertThat(second.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
        } finally {
            second.cancel().get();
        }
    }
}
