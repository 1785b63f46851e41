package org.huixiang.ingest.stage;

import java.time.Clock;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.ingest.parse.ParseOutcome;
import org.huixiang.ingest.parse.RecordParser;

/**
 * Parses raw records; rejections leave through the {@link IngestStage#DEAD_LETTERS} side output.
 */
public final class ParseFunction extends ProcessFunction<RawRecord, Document> {

    private final RecordParser parser;
    private final OutputTag<DeadLetter> deadLetters;
    private transient Counter parsed;
    private transient Counter rejected;

    public ParseFunction(RecordParser parser, OutputTag<DeadLetter> deadLetters) {
        this.parser = parser;
        this.deadLetters = deadLetters;
    }

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext context) {
        parsed = getRuntimeContext().getMetricGroup().counter("documentsParsed");
        rejected = getRuntimeContext().getMetricGroup().counter("recordsRejected");
    }

    @Override
    public void processElement(RawRecord record, Context ctx, Collector<Document> out) {
        DocumentKind kind =
                Topics.RAW_POSTS.equals(record.origin().topic())
                        ? DocumentKind.POST
                        : DocumentKind.MESSAGE;
        ParseOutcome outcome = parser.parse(kind, record.value(), record.origin());
        if (outcome instanceof ParseOutcome.Parsed p) {
            parsed.inc();
            out.collect(p.document());
        } else if (outcome instanceof ParseOutcome.Rejected r) {
            rejected.inc();
            ctx.output(
                    deadLetters,
                    new DeadLetter(
                            r.reason(),
                            r.detail(),
                            "ingest",
                            record.origin(),
                            record.value(),
                            Clock.systemUTC().instant()));
        }
    }
}
