package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import org.huixiang.common.model.AnalyzedDocument;

/**
 * What reaches an alert's key besides response commands: a document of its event, or a surge
 * reading. Exactly one of the two is set.
 */
public record AlertSignal(String alertId, AnalyzedDocument document, SurgeSignal surge)
        implements Serializable {

    public static AlertSignal of(AnalyzedDocument document) {
        String event =
                document.analysis().event() == null
                        ? document.document().id()
                        : document.analysis().event().id();
        return new AlertSignal(AlertIds.forEvent(event), document, null);
    }

    public static AlertSignal of(SurgeSignal surge) {
        return new AlertSignal(surge.alertId(), null, surge);
    }
}
