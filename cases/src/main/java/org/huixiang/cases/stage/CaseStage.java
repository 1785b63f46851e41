package org.huixiang.cases.stage;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.seeds.Seeds;

/** The case stage as a function from stream to streams: analyzed documents in, cases out. */
public final class CaseStage {

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("cases-dead-letters", EdgeTypeInfo.of(DeadLetter.class));

    /** The two outputs of the stage. */
    public record Result(DataStream<CitizenCase> cases, DataStream<DeadLetter> deadLetters) {}

    private CaseStage() {}

    public static Result apply(DataStream<AnalyzedDocument> documents, Seeds seeds) {
        SingleOutputStreamOperator<CitizenCase> cases =
                documents
                        .process(new CaseOpeningFunction(seeds, DEAD_LETTERS))
                        .returns(EdgeTypeInfo.of(CitizenCase.class))
                        .name("cases: open a case per citizen message")
                        .uid("cases-open");
        return new Result(cases, cases.getSideOutput(DEAD_LETTERS));
    }
}
