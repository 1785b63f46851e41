package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.job.ApplicationRunner;
import org.huixiang.job.Connectors;
import org.huixiang.job.HuixiangJob;
import org.huixiang.job.ReadRange;
import org.junit.jupiter.api.Test;

/**
 * The job fails mid-stream after a checkpoint (an injected failure in a sink) and recovers from it:
 * the records after the checkpoint are read again, and in the end every post is stored exactly once
 * and the bad record is dead-lettered.
 */
class RecoveryIT {

    @Test
    void theJobRecoversFromItsCheckpointAndLosesNothing() throws Exception {
        HuixiangConfig config = TestConsole.config();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String poison = run + "-poison";
        var start = TopicOffsets.latest(config.kafka().clientProperties(), Topics.INPUTS);
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
        HuixiangJob.Sinks real = Connectors.sinks(config, TestRuns.KEYS.deadLetterCodec());
        HuixiangJob.Sinks failing =
                new HuixiangJob.Sinks(
                        real.documents(),
                        real.alertIndex(),
                        real.alertTopic(),
                        real.caseIndex(),
                        real.caseTopic(),
                        new FailOnceSink<DeadLetter>(
                                real.deadLetters(),
                                letter ->
                                        new String(letter.raw(), StandardCharsets.UTF_8)
                                                .contains(poison)));
        FailOnceSink.FAILED.set(false);
        StreamExecutionEnvironment env = ApplicationRunner.headlessEnvironment(config);
        new HuixiangJob(
                        Connectors.source(
                                config,
                                List.of(Topics.RAW_POSTS, Topics.RAW_MESSAGES),
                                ReadRange.from(start)),
                        Connectors.source(config, List.of(Topics.RESPONSES), ReadRange.from(start)),
                        failing,
                        SeedLoader.loadDefault(),
                        TestRuns.KEYS.parser(Clock.systemUTC()),
                        new HuixiangJob.Settings(
                                config.flink().eventTime(),
                                Connectors.DEDUP_RETENTION,
                                config.analysis(),
                                config.notifications(),
                                null))
                .build(env);
        JobClient job = env.executeAsync("huixiang (recovery)");
        try {
            RunPosts.produce(config, run, 0, 10, null);
            RunPosts.awaitStored(config, run, 10);
            // let a checkpoint complete (every 5 s) with the first ten behind it
            Thread.sleep(7000);
            Map<String, String> firstTen = RunPosts.ingestedAt(config, run);
            RunPosts.produce(config, run, 10, 20, poisonRecord(poison));
            RunPosts.awaitStored(config, run, 30);
            assertThat(FailOnceSink.FAILED.get()).as("the failure was injected").isTrue();
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
            // restored from the checkpoint, not from the start: the first ten were not read again
            Map<String, String> after = RunPosts.ingestedAt(config, run);
            firstTen.forEach((id, at) -> assertThat(after.get(id)).as(id).isEqualTo(at));
            List<String> ours = new ArrayList<>();
            for (DeadLetter letter : KafkaTopics.deadLetters(config, letters)) {
                if (new String(letter.raw(), StandardCharsets.UTF_8).contains(run)) {
                    ours.add(letter.reason());
                }
            }
            assertThat(ours)
                    .as("the poison record, dead-lettered after the recovery")
                    .containsOnly("malformed_json")
                    .isNotEmpty();
        } finally {
            job.cancel().get();
        }
    }

    /** A record that is not JSON: dead-lettered, and the trigger of the injected failure. */
    private static byte[] poisonRecord(String id) {
        return ("{\"source\": \"weibo\", \"id\": \"" + id + "\", \"text\": \"坏")
                .getBytes(StandardCharsets.UTF_8);
    }
}
