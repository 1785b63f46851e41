package org.huixiang.ingest.stage;

import java.time.Duration;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.huixiang.common.model.Document;

/**
 * Drops exact duplicates: a document whose id (source + source id) was already seen within the
 * retention period. Keyed by document id. Duplicates are counted (accumulator {@value
 * #DUPLICATES_ACCUMULATOR}) so that input = stored + dead-lettered + duplicates reconciles.
 *
 * <p>State expires after the retention period: a document re-sent later is processed again, which
 * is harmless because the Elasticsearch write is idempotent.
 */
public final class DeduplicateFunction extends KeyedProcessFunction<String, Document, Document> {

    public static final String DUPLICATES_ACCUMULATOR = "duplicates_dropped";

    private final Duration retention;
    private transient ValueState<Boolean> seen;
    private transient LongCounter duplicates;

    public DeduplicateFunction(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void open(OpenContext context) {
        ValueStateDescriptor<Boolean> descriptor =
                new ValueStateDescriptor<>("seen", Boolean.class);
        descriptor.enableTimeToLive(
                StateTtlConfig.newBuilder(retention)
                        .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                        .build());
        seen = getRuntimeContext().getState(descriptor);
        duplicates = new LongCounter();
        getRuntimeContext().addAccumulator(DUPLICATES_ACCUMULATOR, duplicates);
    }

    @Override
    public void processElement(Document document, Context ctx, Collector<Document> out)
            throws Exception {
        if (seen.value() != null) {
            duplicates.add(1);
            return;
        }
        seen.update(Boolean.TRUE);
        out.collect(document);
    }
}
