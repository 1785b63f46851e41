package org.huixiang.ingest.stage;

import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;
import org.huixiang.common.flink.EdgeTypeInfo;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Document;
import org.huixiang.ingest.parse.RecordParser;

/**
 * The ingest stage as a function from stream to streams: raw records in, documents and dead letters
 * out. Knows nothing of where the records come from or where the outputs go.
 */
public final class IngestStage {

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("ingest-dead-letters", EdgeTypeInfo.of(DeadLetter.class));

    /** The two outputs of the stage. */
    public record Result(DataStream<Document> documents, DataStream<DeadLetter> deadLetters) {}

    private IngestStage() {}

    public static Result apply(
            DataStream<RawRecord> raw, RecordParser parser, Duration dedupRetention) {
        SingleOutputStreamOperator<Document> parsed =
                raw.process(new ParseFunction(parser, DEAD_LETTERS))
                        .returns(EdgeTypeInfo.of(Document.class))
                        .name("ingest: parse, normalize, mask")
                        .uid("ingest-parse");
        DataStream<Document> unique =
                parsed.keyBy(Document::id)
                        .process(new DeduplicateFunction(dedupRetention))
                        .returns(EdgeTypeInfo.of(Document.class))
                        .name("ingest: drop exact duplicates")
                        .uid("ingest-dedup");
        return new Result(unique, parsed.getSideOutput(DEAD_LETTERS));
    }
}
