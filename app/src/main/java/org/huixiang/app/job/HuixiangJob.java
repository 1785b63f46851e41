package org.huixiang.app.job;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.huixiang.alerting.stage.AlertingStage;
import org.huixiang.analysis.stage.AnalysisStage;
import org.huixiang.common.config.AnalysisSettings;
import org.huixiang.common.flink.JsonTypeInfo;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.stage.IngestStage;

/**
 * The huixiang application: ingest → analysis → alerting as one Flink job. Takes its source and
 * sinks in the constructor, so {@code main} wires Kafka and Elasticsearch while tests may wire
 * anything else; the stages themselves live in their own modules.
 */
public final class HuixiangJob {

    /** Where the job's outputs go. */
    public record Sinks(
            Sink<AnalyzedDocument> documents,
            Sink<Alert> alertIndex,
            Sink<Alert> alertTopic,
            Sink<DeadLetter> deadLetters) {}

    private final Source<RawRecord, ?, ?> source;
    private final Sinks sinks;
    private final Seeds seeds;
    private final RecordParser parser;
    private final Duration dedupRetention;
    private final AnalysisSettings models;

    public HuixiangJob(
            Source<RawRecord, ?, ?> source,
            Sinks sinks,
            Seeds seeds,
            RecordParser parser,
            Duration dedupRetention,
            AnalysisSettings models) {
        this.source = source;
        this.sinks = sinks;
        this.seeds = seeds;
        this.parser = parser;
        this.dedupRetention = dedupRetention;
        this.models = models;
    }

    /** Adds the job's operators to {@code env}; execute the environment to run it. */
    public void build(StreamExecutionEnvironment env) {
        DataStream<RawRecord> raw =
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "raw posts and messages")
                        .returns(JsonTypeInfo.of(RawRecord.class))
                        .uid("source-raw");
        IngestStage.Result ingested = IngestStage.apply(raw, parser, dedupRetention);
        AnalysisStage.Result analyzed = AnalysisStage.apply(ingested.documents(), seeds, models);
        DataStream<Alert> alerts = AlertingStage.apply(analyzed.documents(), seeds);

        analyzed.documents()
                .sinkTo(sinks.documents())
                .name("elasticsearch: huixiang-docs")
                .uid("sink-docs");
        alerts.sinkTo(sinks.alertIndex())
                .name("elasticsearch: huixiang-alerts")
                .uid("sink-alerts-index");
        alerts.sinkTo(sinks.alertTopic()).name("kafka: huixiang.alerts").uid("sink-alerts-topic");
        ingested.deadLetters()
                .union(analyzed.deadLetters())
                .sinkTo(sinks.deadLetters())
                .name("kafka: huixiang.deadletter")
                .uid("sink-deadletter");
    }
}
