package org.huixiang.alerting.notify;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.huixiang.common.model.DeadLetter;

/**
 * Counts failed deliveries into an accumulator on their way to the dead-letter topic (Flink's async
 * functions cannot keep accumulators themselves), so a bounded run can reconcile its counts.
 */
final class CountFailures extends ProcessFunction<DeadLetter, DeadLetter> {

    private transient LongCounter failures;

    @Override
    public void open(OpenContext context) {
        failures = new LongCounter();
        getRuntimeContext().addAccumulator(NotificationStage.FAILED_ACCUMULATOR, failures);
    }

    @Override
    public void processElement(DeadLetter letter, Context ctx, Collector<DeadLetter> out) {
        failures.add(1);
        out.collect(letter);
    }
}
