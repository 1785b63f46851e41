package org.huixiang.app.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huixiang.alerting.lifecycle.AlertCase;
import org.huixiang.alerting.lifecycle.AlertSignal;
import org.huixiang.alerting.lifecycle.AlertUpdates;
import org.huixiang.alerting.lifecycle.Outcome;
import org.huixiang.alerting.lifecycle.SurgeSignal;
import org.huixiang.alerting.rules.SurgeDetector;
import org.huixiang.alerting.stage.SurgeFunction;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.events.EventIndex;
import org.huixiang.analysis.stage.AnalysisStage;
import org.huixiang.app.eval.AlertCaseFile.Case;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Document;
import org.huixiang.common.seeds.AlertScope;
import org.huixiang.common.seeds.Seeds;

/**
 * The job's alert decision without Kafka, Flink or Elasticsearch: the analyzer, the alert scope,
 * events of near-duplicates, the document and event rules and the surge detectors — the same pure
 * pieces the stages run — applied to cases in order.
 *
 * <p>{@link #each} judges every case alone, against an empty state: what one post does. {@link
 * #stream} replays the cases as one stream, {@code interval} apart, so that near-duplicates form
 * events and topics surge as they would in the job.
 */
final class AlertEvaluation {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private final CountyAnalyzer analyzer;
    private final AlertScope scope;
    private final AlertUpdates updates;
    private final Seeds seeds;

    /** What became of one case: its analysis and the alert it raised or joined, if any. */
    record Verdict(Case input, String documentId, Analysis analysis, Alert alert) {
        boolean alerted() {
            return alert != null;
        }
    }

    /** The verdicts, and every alert the run raised in its latest revision. */
    record Run(List<Verdict> verdicts, List<Alert> alerts) {}

    AlertEvaluation(Seeds seeds, CountyAnalyzer analyzer) {
        this.seeds = seeds;
        this.analyzer = analyzer;
        this.scope = seeds.rules().scope();
        this.updates = new AlertUpdates(seeds);
    }

    Run each(List<Case> cases) {
        List<Verdict> verdicts = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Case c : cases) {
            AnalyzedDocument doc = analyze(c, START);
            Alert alert = null;
            if (scope.admits(doc.analysis())) {
                AlertSignal signal = AlertSignal.of(doc);
                Outcome outcome = updates.onDocument(null, signal.alertId(), signal.document());
                alert = outcome.next().alert();
            }
            if (alert != null) {
                alerts.add(alert);
            }
            verdicts.add(new Verdict(c, doc.document().id(), doc.analysis(), alert));
        }
        return new Run(verdicts, alerts);
    }

    Run stream(List<Case> cases, Duration interval) {
        EventIndex events = new EventIndex(AnalysisStage.EVENT_WINDOW);
        Map<String, AlertCase> byKey = new HashMap<>();
        Map<String, SurgeDetector.States> surgeCounts = new HashMap<>();
        List<SurgeDetector> detectors = SurgeDetector.of(seeds.rules().surges());
        Map<String, Alert> latest = new LinkedHashMap<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            AnalyzedDocument doc = analyze(c, START.plus(interval.multipliedBy(i)));
            doc = events.join(doc);
            Alert joined = null;
            if (scope.admits(doc.analysis())) {
                // the key and the document exactly as the stage sends them to the alert cases
                AlertSignal signal = AlertSignal.of(doc);
                String key = signal.alertId();
                AlertCase next = updates.onDocument(byKey.get(key), key, signal.document()).next();
                byKey.put(key, next);
                if (next.alert() != null) {
                    latest.put(key, next.alert());
                    joined = next.alert();
                }
                for (SurgeFunction.TopicDocument topic : SurgeFunction.TopicDocument.of(doc)) {
                    SurgeDetector.States states =
                            surgeCounts.computeIfAbsent(
                                    topic.key(), k -> new SurgeDetector.States());
                    for (SurgeSignal surge : SurgeFunction.count(detectors, states, topic)) {
                        AlertCase raised =
                                updates.onSurge(byKey.get(surge.alertId()), surge).next();
                        byKey.put(surge.alertId(), raised);
                        latest.put(surge.alertId(), raised.alert());
                    }
                }
            }
            verdicts.add(new Verdict(c, doc.document().id(), doc.analysis(), joined));
        }
        return new Run(verdicts, List.copyOf(latest.values()));
    }

    private AnalyzedDocument analyze(Case c, Instant at) {
        Document document =
                Document.ofText(c.kind(), c.source(), c.text(), c.location()).replayed(c.id(), at);
        return new AnalyzedDocument(document, analyzer.analyze(document));
    }
}
