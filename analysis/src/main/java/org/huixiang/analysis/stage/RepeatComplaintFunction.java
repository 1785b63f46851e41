package org.huixiang.analysis.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.huixiang.analysis.RiskAssessor;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Contact;

/**
 * Raises the risk of a citizen's message when the same citizen wrote before within the window
 * (repeated complaints are unresolved complaints). Keyed by {@link #key}: the citizen's keyed hash
 * for messages that have one, the document id otherwise (those pass through untouched and keep no
 * state). Only message times are kept, and they expire with the window.
 */
public final class RepeatComplaintFunction
        extends KeyedProcessFunction<String, AnalyzedDocument, AnalyzedDocument> {

    private static final String CITIZEN = "citizen:";

    private final Duration window;
    private transient ListState<Long> earlier;

    public RepeatComplaintFunction(Duration window) {
        this.window = window;
    }

    /** The key: the citizen when known, else the document itself. */
    public static String key(AnalyzedDocument doc) {
        Contact contact = doc.document().contact();
        return contact != null && contact.citizenKey() != null
                ? CITIZEN + contact.citizenKey()
                : "document:" + doc.document().id();
    }

    @Override
    public void open(OpenContext context) {
        ListStateDescriptor<Long> descriptor =
                new ListStateDescriptor<>("earlier-messages", Types.LONG);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(window).build());
        earlier = getRuntimeContext().getListState(descriptor);
    }

    @Override
    public void processElement(AnalyzedDocument doc, Context ctx, Collector<AnalyzedDocument> out)
            throws Exception {
        if (!ctx.getCurrentKey().startsWith(CITIZEN)) {
            out.collect(doc);
            return;
        }
        long at = doc.document().publishedAt().toEpochMilli();
        long from = at - window.toMillis();
        List<Long> kept = new ArrayList<>();
        int before = 0;
        for (Long time : earlier.get()) {
            if (time >= from) {
                kept.add(time);
                if (time < at) {
                    before++;
                }
            }
        }
        kept.add(at);
        earlier.update(kept);
        Analysis a = doc.analysis();
        Analysis raised =
                a.withRisk(RiskAssessor.repeated(a.risk(), before, (int) window.toDays()));
        out.collect(new AnalyzedDocument(doc.document(), raised));
    }
}
