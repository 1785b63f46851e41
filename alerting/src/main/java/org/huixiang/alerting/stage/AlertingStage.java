package org.huixiang.alerting.stage;

import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.alerting.lifecycle.AlertSignal;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertDocument;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.Seeds;

/**
 * The alerting stage as a function from streams to streams: analyzed documents and raw response
 * commands in; alert revisions and dead letters (malformed and refused commands) out.
 */
public final class AlertingStage {

    private static final OutputTag<DeadLetter> MALFORMED =
            new OutputTag<>("malformed-commands", EdgeTypeInfo.of(DeadLetter.class));

    private AlertingStage() {}

    /** The stage's outputs. */
    public record Result(DataStream<Alert> alerts, DataStream<DeadLetter> deadLetters) {}

    /**
     * @param endOfData for bounded inputs, the event time the data reaches (see {@link
     *     AlertCaseFunction}); null for unbounded ones
     */
    public static Result apply(
            DataStream<AnalyzedDocument> documents,
            DataStream<RawRecord> responses,
            Seeds seeds,
            Instant endOfData) {
        SingleOutputStreamOperator<ResponseCommand> commands =
                responses
                        .process(new ResponseCommandParser(MALFORMED))
                        .returns(EdgeTypeInfo.of(ResponseCommand.class))
                        .name("alerting: read response commands")
                        .uid("alerting-read-commands");

        DataStream<AlertSignal> surges =
                documents
                        .<SurgeFunction.TopicDocument>flatMap(
                                (doc, out) -> {
                                    for (TopicMatch topic : doc.analysis().topics()) {
                                        out.collect(
                                                new SurgeFunction.TopicDocument(
                                                        topic.id(),
                                                        topic.name(),
                                                        doc.analysis().region(),
                                                        AlertDocument.of(doc.document()),
                                                        doc.document().receivedAt()));
                                    }
                                })
                        .returns(EdgeTypeInfo.of(SurgeFunction.TopicDocument.class))
                        .setParallelism(documents.getParallelism())
                        .name("alerting: topics of documents")
                        .uid("alerting-topic-documents")
                        .keyBy(SurgeFunction.TopicDocument::key, Types.STRING)
                        .process(new SurgeFunction(seeds.rules().surges()))
                        .returns(EdgeTypeInfo.of(AlertSignal.class))
                        .name("alerting: surges per topic and town")
                        .uid("alerting-surges");

        DataStream<AlertSignal> signals =
                documents
                        .map(AlertSignal::of)
                        .returns(EdgeTypeInfo.of(AlertSignal.class))
                        .setParallelism(documents.getParallelism())
                        .name("alerting: documents to their event's alert")
                        .uid("alerting-document-signals")
                        .union(surges);

        SingleOutputStreamOperator<Alert> alerts =
                signals.keyBy(s -> AlertIds.key(s.alertId()), Types.STRING)
                        .connect(commands.keyBy(c -> AlertIds.key(c.alertId()), Types.STRING))
                        .process(new AlertCaseFunction(seeds, endOfData))
                        .returns(EdgeTypeInfo.of(Alert.class))
                        .name("alerting: alert cases, commands and deadlines")
                        .uid("alerting-cases");

        return new Result(
                alerts,
                commands.getSideOutput(MALFORMED)
                        .union(alerts.getSideOutput(AlertCaseFunction.REJECTED)));
    }
}
