package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.setup.AppStack;
import org.junit.jupiter.api.Test;

/**
 * The servers the application depends on go away mid-stream and come back: Elasticsearch (stopped,
 * kept down, started again: about half a minute without it) and the Kafka broker. Afterwards every
 * post is stored exactly once, nothing was dead-lettered, and the job is running.
 */
class OutageIT {

    static final int BEFORE = 10;
    static final int DURING = 30;

    /** The sink backs off and holds the writes while Elasticsearch is away. */
    @Test
    void nothingIsLostWhileElasticsearchIsAway() throws Exception {
        survives(
                "Elasticsearch outage",
                config -> {
                    long before = AppStack.get().elasticsearch().pid();
                    CompletableFuture<Void> outage =
                            CompletableFuture.runAsync(
                                    () -> {
                                        try {
                                            AppStack.get()
                                                    .restartElasticsearch(Duration.ofSeconds(30));
                                        } catch (InterruptedException e) {
                                            Thread.currentThread().interrupt();
                                        }
                                    });
                    // the second batch arrives while Elasticsearch is away
                    Thread.sleep(2000);
                    return () -> {
                        outage.get();
                        assertThat(AppStack.get().elasticsearch().pid())
                                .as("Elasticsearch was really stopped and started")
                                .isNotEqualTo(before);
                    };
                });
    }

    /** The source and the sinks reconnect to a restarted broker; its log keeps every record. */
    @Test
    void nothingIsLostWhenTheBrokerRestarts() throws Exception {
        survives(
                "broker restart",
                config -> {
                    long before = AppStack.get().kafka().pid();
                    AppStack.get().restartKafka(Duration.ofSeconds(5));
                    return () ->
                            assertThat(AppStack.get().kafka().pid())
                                    .as("the broker was really stopped and started")
                                    .isNotEqualTo(before);
                });
    }

    /** A fault begun after the first batch; what it returns is checked after the second. */
    interface Fault {
        Check begin(HuixiangConfig config) throws Exception;
    }

    /** What must hold once the fault is over. */
    interface Check {
        void verify() throws Exception;
    }

    /**
     * The first batch is stored, the fault begins, the second batch is produced; in the end every
     * post is stored exactly once, nothing is dead-lettered and the job is still running.
     */
    private static void survives(String name, Fault fault) throws Exception {
        HuixiangConfig config = TestConsole.config();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> letters =
                TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
        JobClient job = RunningJob.start(config, "huixiang (" + name + ")");
        try {
            RunPosts.produce(config, run, 0, BEFORE, null);
            RunPosts.awaitStored(config, run, BEFORE);
            Check check = fault.begin(config);
            RunPosts.produce(config, run, BEFORE, DURING, null);
            check.verify();
            RunPosts.awaitStored(config, run, BEFORE + DURING);
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
            assertThat(KafkaTopics.read(config, letters)).isEmpty();
        } finally {
            job.cancel().get();
        }
    }
}
