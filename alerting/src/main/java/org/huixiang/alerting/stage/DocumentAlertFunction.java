package org.huixiang.alerting.stage;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.huixiang.alerting.rules.DocumentAlerts;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AnalyzedDocument;

/** Raises an alert for each analyzed document that a document rule fires on. */
public final class DocumentAlertFunction extends ProcessFunction<AnalyzedDocument, Alert> {

    public static final String ALERTS_ACCUMULATOR = "alerts_raised";

    private final DocumentAlerts rules;
    private transient LongCounter raised;

    public DocumentAlertFunction(DocumentAlerts rules) {
        this.rules = rules;
    }

    @Override
    public void open(OpenContext context) {
        raised = new LongCounter();
        getRuntimeContext().addAccumulator(ALERTS_ACCUMULATOR, raised);
    }

    @Override
    public void processElement(AnalyzedDocument document, Context ctx, Collector<Alert> out) {
        rules.evaluate(document)
                .ifPresent(
                        alert -> {
                            raised.add(1);
                            out.collect(alert);
                        });
    }
}
