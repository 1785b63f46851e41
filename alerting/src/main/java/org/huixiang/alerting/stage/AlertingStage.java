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
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.AlertScope;
import org.huixiang.common.seeds.Seeds;

/**
 * The alerting stage as a function from streams to streams: analyzed documents and raw response
 * commands in; alert revisions and dead letters (malformed and refused commands) out. Documents
 * outside the alert scope of {@code rules.yaml} (by default: not the county's, or no appeal or
 * incident) pass by.
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

        AlertScope scope = seeds.rules().scope();
        // Only the county's appeals and incidents (by default) raise or join alerts; everything
        // else is indexed, not alerted on: rules, events and surges all see this stream.
        DataStream<AnalyzedDocument> admitted =
                documents
                        .filter(doc -> scope.admits(doc.analysis()))
                        .setParallelism(documents.getParallelism())
                        .name("alerting: documents in the alert scope")
                        .uid("alerting-scope");

        DataStream<AlertSignal> surges =
                admitted.<SurgeFunction.TopicDocument>flatMap(
                                (doc, out) ->
                                        SurgeFunction.TopicDocument.of(doc).forEach(out::collect))
                        .returns(EdgeTypeInfo.of(SurgeFunction.TopicDocument.class))
                        .setParallelism(admitted.getParallelism())
                        .name("alerting: topics of documents")
                        .uid("alerting-topic-documents")
                        .keyBy(SurgeFunction.TopicDocument::key, Types.STRING)
                        .process(new SurgeFunction(seeds.rules().surges()))
                        .returns(EdgeTypeInfo.of(AlertSignal.class))
                        .name("alerting: surges per topic and town")
                        .uid("alerting-surges");

        DataStream<AlertSignal> signals =
                admitted.map(AlertSignal::of)
                        .returns(EdgeTypeInfo.of(AlertSignal.class))
                        .setParallelism(admitted.getParallelism())
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
