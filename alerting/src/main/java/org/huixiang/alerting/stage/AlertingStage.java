package org.huixiang.alerting.stage;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.huixiang.alerting.rules.DocumentAlerts;
import org.huixiang.common.flink.JsonTypeInfo;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.seeds.Seeds;

/**
 * The alerting stage as a function from stream to stream: analyzed documents in, alert revisions
 * out.
 */
public final class AlertingStage {

    private AlertingStage() {}

    public static DataStream<Alert> apply(DataStream<AnalyzedDocument> documents, Seeds seeds) {
        return documents
                .process(new DocumentAlertFunction(new DocumentAlerts(seeds)))
                .returns(JsonTypeInfo.of(Alert.class))
                .name("alerting: document rules")
                .uid("alerting-document-rules");
    }
}
