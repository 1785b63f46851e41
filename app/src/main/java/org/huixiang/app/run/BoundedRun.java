package org.huixiang.app.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.alerting.notify.NotificationStage;
import org.huixiang.alerting.stage.AlertCaseFunction;
import org.huixiang.alerting.stage.ResponseCommandParser;
import org.huixiang.app.replay.Replayer;
import org.huixiang.cases.stage.CaseOpeningFunction;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.elasticsearch.IndexTemplates;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.ingest.privacy.PiiKeys;
import org.huixiang.ingest.stage.DeduplicateFunction;
import org.huixiang.job.ApplicationRunner;
import org.huixiang.job.Connectors;
import org.huixiang.job.ReadRange;

/**
 * Replays files into the raw topics and runs the application over exactly those records, to the
 * end, then reconciles the counts. Used by {@code huixiang demo --once} and the end-to-end tests.
 */
public final class BoundedRun {

    private final HuixiangConfig config;
    private final Seeds seeds;
    private final PiiKeys keys;

    public BoundedRun(HuixiangConfig config, Seeds seeds, PiiKeys keys) {
        this.config = config;
        this.seeds = seeds;
        this.keys = keys;
    }

    public RunSummary run(List<Path> files, PrintStream progress) throws Exception {
        return run(files, false, progress);
    }

    /**
     * @param historyTime stamp records with their own times (see {@link Replayer}); the
     *     configuration should then say {@code flink.event_time: replay}
     */
    public RunSummary run(List<Path> files, boolean historyTime, PrintStream progress)
            throws Exception {
        return run(kafka -> new Replayer(kafka, progress).replay(files, historyTime).latest());
    }

    /** Puts the run's records on the input topics; returns the event time they reach. */
    @FunctionalInterface
    public interface Feed {
        Instant send(Map<String, String> kafka) throws Exception;
    }

    /**
     * Runs the application over exactly the records {@code feed} sends, into index templates
     * installed (or brought up to date) first, as {@code huixiang run} does.
     */
    public RunSummary run(Feed feed) throws Exception {
        Map<String, String> kafka = config.kafka().clientProperties();
        List<String> inputs = Topics.INPUTS;
        List<String> outputs = List.of(Topics.DEADLETTER, Topics.ALERTS);
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            IndexTemplates.install(clients.sync(), config.replicas());
        }
        Map<TopicPartition, Long> start = TopicOffsets.latest(kafka, inputs);
        Instant endOfData = feed.send(kafka);
        Map<TopicPartition, Long> end = TopicOffsets.latest(kafka, inputs);
        Map<TopicPartition, Long> outputsBefore = TopicOffsets.latest(kafka, outputs);

        Instant began = Instant.now();
        StreamExecutionEnvironment env = ApplicationRunner.headlessEnvironment(config);
        Connectors.job(config, seeds, keys, ReadRange.between(start, end))
                .withEndOfData(endOfData)
                .build(env);
        JobExecutionResult result = env.execute("huixiang (bounded)");
        Map<TopicPartition, Long> outputsAfter = TopicOffsets.latest(kafka, outputs);

        long commandsIn = TopicOffsets.appended(start, end, Topics.RESPONSES);
        double seconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;
        return RunSummary.of(
                TopicOffsets.appended(start, end) - commandsIn,
                documentsIngestedSince(began),
                TopicOffsets.appended(outputsBefore, outputsAfter, Topics.DEADLETTER),
                accumulator(result, DeduplicateFunction.DUPLICATES_ACCUMULATOR),
                accumulator(result, AlertCaseFunction.ALERTS_ACCUMULATOR),
                TopicOffsets.appended(outputsBefore, outputsAfter, Topics.ALERTS),
                commandsIn,
                accumulator(result, AlertCaseFunction.REJECTED_ACCUMULATOR)
                        + accumulator(result, ResponseCommandParser.MALFORMED_ACCUMULATOR),
                accumulator(result, NotificationStage.FAILED_ACCUMULATOR),
                accumulator(result, CaseOpeningFunction.MESSAGES_ACCUMULATOR),
                accumulator(result, CaseOpeningFunction.CASES_ACCUMULATOR),
                seconds);
    }

    private long documentsIngestedSince(Instant since) throws IOException {
        try (ElasticsearchClients clients = ElasticsearchClients.connect(config.elasticsearch())) {
            ElasticsearchClient client = clients.sync();
            client.indices().refresh(r -> r.index(IndexNames.DOCS_ALIAS, IndexNames.ALERTS));
            return client.count(
                            c ->
                                    c.index(IndexNames.DOCS_ALIAS)
                                            .query(
                                                    q ->
                                                            q.range(
                                                                    r ->
                                                                            r.date(
                                                                                    d ->
                                                                                            d.field(
                                                                                                            "ingested_at")
                                                                                                    .gte(
                                                                                                            since
                                                                                                                    .toString())))))
                    .count();
        }
    }

    private static long accumulator(JobExecutionResult result, String name) {
        Object value = result.getAccumulatorResult(name);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
