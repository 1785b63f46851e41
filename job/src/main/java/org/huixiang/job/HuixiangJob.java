package org.huixiang.job;

import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.alerting.notify.NotificationStage;
import org.huixiang.alerting.stage.AlertingStage;
import org.huixiang.analysis.stage.AnalysisStage;
import org.huixiang.cases.stage.CaseStage;
import org.huixiang.common.config.AnalysisSettings;
import org.huixiang.common.config.FlinkSettings.EventTime;
import org.huixiang.common.config.NotificationSettings;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.flink.IntakeWatermarks;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.stage.IngestStage;

/**
 * The huixiang application: ingest → analysis → alerting, and a case (工单) for every citizen
 * message, as one Flink job. Takes its source and sinks in the constructor, so {@code main} wires
 * Kafka and Elasticsearch while tests may wire anything else; the stages themselves live in their
 * own modules.
 */
public final class HuixiangJob {

    /** Where the job's outputs go. */
    public record Sinks(
            Sink<AnalyzedDocument> documents,
            Sink<Alert> alertIndex,
            Sink<Alert> alertTopic,
            Sink<CitizenCase> caseIndex,
            Sink<CitizenCase> caseTopic,
            Sink<DeadLetter> deadLetters) {}

    /** Records may reach the intake this late relative to each other. */
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    /** In replay mode, a partition without records stops holding event time back after this. */
    static final Duration IDLENESS = Duration.ofSeconds(10);

    /**
     * How the job runs beside its connectors.
     *
     * @param eventTime live (the watermark follows the wall clock) or replay
     * @param dedupRetention how long ingest remembers a document id to drop exact re-sends
     * @param models trained models for the analysis stage
     * @param notifications webhooks for new and escalated alerts
     * @param endOfData for bounded sources, the event time the data reaches (see {@link
     *     org.huixiang.alerting.stage.AlertCaseFunction}); null for unbounded ones
     */
    public record Settings(
            EventTime eventTime,
            Duration dedupRetention,
            AnalysisSettings models,
            NotificationSettings notifications,
            Instant endOfData) {

        public Settings withEndOfData(Instant value) {
            return new Settings(eventTime, dedupRetention, models, notifications, value);
        }
    }

    private final Source<RawRecord, ?, ?> source;
    private final Source<RawRecord, ?, ?> responses;
    private final Sinks sinks;
    private final Seeds seeds;
    private final RecordParser parser;
    private final Settings settings;

    public HuixiangJob(
            Source<RawRecord, ?, ?> source,
            Source<RawRecord, ?, ?> responses,
            Sinks sinks,
            Seeds seeds,
            RecordParser parser,
            Settings settings) {
        this.source = source;
        this.responses = responses;
        this.sinks = sinks;
        this.seeds = seeds;
        this.parser = parser;
        this.settings = settings;
    }

    /** This job over bounded sources whose data reaches {@code value} in event time. */
    public HuixiangJob withEndOfData(Instant value) {
        return new HuixiangJob(
                source, responses, sinks, seeds, parser, settings.withEndOfData(value));
    }

    /**
     * Event time is the time the record reached the intake, kept in its origin (for Kafka, the
     * record's timestamp), whatever source carries it.
     */
    private WatermarkStrategy<RawRecord> watermarks() {
        return IntakeWatermarks.<RawRecord>strategy(
                        settings.eventTime(), OUT_OF_ORDERNESS, IDLENESS)
                .withTimestampAssigner((record, timestamp) -> record.origin().timestamp());
    }

    /** Adds the job's operators to {@code env}; execute the environment to run it. */
    public void build(StreamExecutionEnvironment env) {
        DataStream<RawRecord> raw =
                env.fromSource(source, watermarks(), "raw posts and messages")
                        .returns(EdgeTypeInfo.of(RawRecord.class))
                        .uid("source-raw");
        DataStream<RawRecord> commands =
                env.fromSource(responses, watermarks(), "response commands")
                        .returns(EdgeTypeInfo.of(RawRecord.class))
                        .uid("source-responses");
        IngestStage.Result ingested = IngestStage.apply(raw, parser, settings.dedupRetention());
        AnalysisStage.Result analyzed =
                AnalysisStage.apply(ingested.documents(), seeds, settings.models());
        AlertingStage.Result alerting =
                AlertingStage.apply(analyzed.documents(), commands, seeds, settings.endOfData());
        DataStream<Alert> alerts = alerting.alerts();
        CaseStage.Result cases = CaseStage.apply(analyzed.documents(), seeds);

        // At the analysis stage's output parallelism the sink chains with it, and the document
        // is not serialized once more on its way to Elasticsearch.
        analyzed.documents()
                .sinkTo(sinks.documents())
                .setParallelism(analyzed.documents().getParallelism())
                .name("elasticsearch: huixiang-docs")
                .uid("sink-docs");
        alerts.sinkTo(sinks.alertIndex())
                .name("elasticsearch: huixiang-alerts")
                .uid("sink-alerts-index");
        alerts.sinkTo(sinks.alertTopic()).name("kafka: huixiang.alerts").uid("sink-alerts-topic");
        cases.cases()
                .sinkTo(sinks.caseIndex())
                .name("elasticsearch: huixiang-cases")
                .uid("sink-cases-index");
        cases.cases()
                .sinkTo(sinks.caseTopic())
                .name("kafka: huixiang.cases")
                .uid("sink-cases-topic");
        DataStream<DeadLetter> deadLetters =
                ingested.deadLetters()
                        .union(analyzed.deadLetters(), alerting.deadLetters(), cases.deadLetters());
        if (settings.notifications().any()) {
            deadLetters =
                    deadLetters.union(NotificationStage.apply(alerts, settings.notifications()));
        }
        deadLetters
                .sinkTo(sinks.deadLetters())
                .name("kafka: huixiang.deadletter")
                .uid("sink-deadletter");
    }
}
