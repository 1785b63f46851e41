package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import org.huixiang.common.model.AnalyzedDocument;

/**
 * What reaches an alert's key besides response commands: a document of its event, or a surge
 * reading. Exactly one of the two is set.
 */
public record AlertSignal(String alertId, AnalyzedDocument document, SurgeSignal surge)
        implements Serializable {

    /**
     * The signal of a document to its event's alert. Alerting reads the document's text, topics,
     * routing, sentiment, risk and event but neither its tokens nor its keywords, so the signal
     * leaves them out: it crosses the network to the alert cases and waits in their state.
     */
    public static AlertSignal of(AnalyzedDocument document) {
        String event =
                document.analysis().event() == null
                        ? document.document().id()
                        : document.analysis().event().id();
        AnalyzedDocument slim =
                new AnalyzedDocument(document.document(), document.analysis().withoutTerms());
        return new AlertSignal(AlertIds.forEvent(event), slim, null);
    }

    public static AlertSignal of(SurgeSignal surge) {
        return new AlertSignal(surge.alertId(), null, surge);
    }
}
