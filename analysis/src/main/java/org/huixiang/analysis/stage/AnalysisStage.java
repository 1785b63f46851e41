package org.huixiang.analysis.stage;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;
import org.huixiang.common.config.AnalysisSettings;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Document;
import org.huixiang.common.seeds.Seeds;

/**
 * The analysis stage as a function from stream to streams: documents in, analyzed documents out.
 */
public final class AnalysisStage {

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("analysis-dead-letters", EdgeTypeInfo.of(DeadLetter.class));

    /** The two outputs of the stage. */
    public record Result(
            DataStream<AnalyzedDocument> documents, DataStream<DeadLetter> deadLetters) {}

    /** Near-duplicates further apart than this (by publication time) start a new event. */
    public static final java.time.Duration EVENT_WINDOW = java.time.Duration.ofHours(72);

    /** A citizen writing again within this period raises the risk of the new message. */
    public static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofDays(30);

    /**
     * The parallelism of near-duplicate events (one index sees every document) and of what chains
     * with them.
     */
    static final int SERIAL = 1;

    private AnalysisStage() {}

    public static Result apply(
            DataStream<Document> documents, Seeds seeds, AnalysisSettings models) {
        SingleOutputStreamOperator<AnalyzedDocument> analyzed =
                documents
                        .process(new AnalyzeFunction(seeds, models, DEAD_LETTERS))
                        .returns(EdgeTypeInfo.of(AnalyzedDocument.class))
                        .name("analysis: segment, classify, route, score")
                        .uid("analysis");
        // Repeated complaints run at the events' parallelism so that the two chain: the analyzed
        // document, tokens and all, then crosses one network edge instead of two. A keyed lookup
        // of a citizen's earlier messages costs far less than that edge.
        DataStream<AnalyzedDocument> withRepeats =
                analyzed.keyBy(RepeatComplaintFunction::key)
                        .process(new RepeatComplaintFunction(REPEAT_WINDOW))
                        .returns(EdgeTypeInfo.of(AnalyzedDocument.class))
                        .setParallelism(SERIAL)
                        .name("analysis: repeated complaints")
                        .uid("analysis-repeats");
        DataStream<AnalyzedDocument> withEvents =
                withRepeats
                        .process(new EventFunction(EVENT_WINDOW))
                        .returns(EdgeTypeInfo.of(AnalyzedDocument.class))
                        .setParallelism(SERIAL)
                        .name("analysis: near-duplicate events")
                        .uid("analysis-events");
        return new Result(withEvents, analyzed.getSideOutput(DEAD_LETTERS));
    }
}
