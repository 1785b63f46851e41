package org.huixiang.analysis.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.huixiang.analysis.events.EventIndex;
import org.huixiang.common.flink.JsonTypeInfo;
import org.huixiang.common.model.AnalyzedDocument;

/**
 * Assigns each analyzed document about public affairs to its event of near-duplicates. Events span
 * sources and towns, so one index sees every document: this operator runs with parallelism 1 (an
 * index lookup costs microseconds). The index lives on the heap and is saved to operator state at
 * checkpoints.
 */
public final class EventFunction extends ProcessFunction<AnalyzedDocument, AnalyzedDocument>
        implements CheckpointedFunction {

    private final Duration window;
    private transient EventIndex index;
    private transient ListState<EventIndex.Entry> saved;

    public EventFunction(Duration window) {
        this.window = window;
    }

    @Override
    public void processElement(AnalyzedDocument doc, Context ctx, Collector<AnalyzedDocument> out) {
        out.collect(index.join(doc));
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        saved.update(index.entries());
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        saved =
                context.getOperatorStateStore()
                        .getListState(
                                new ListStateDescriptor<>(
                                        "event-index", JsonTypeInfo.of(EventIndex.Entry.class)));
        List<EventIndex.Entry> restored = new ArrayList<>();
        if (context.isRestored()) {
            saved.get().forEach(restored::add);
        }
        index = EventIndex.restore(window, restored);
    }
}
