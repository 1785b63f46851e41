package org.huixiang.alerting.stage;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.huixiang.alerting.lifecycle.AlertIds;
import org.huixiang.alerting.lifecycle.AlertSignal;
import org.huixiang.alerting.lifecycle.SurgeSignal;
import org.huixiang.alerting.rules.SurgeDetector;
import org.huixiang.common.flink.JsonTypeInfo;
import org.huixiang.common.model.AlertDocument;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.SurgeRule;

/**
 * Counts documents per topic × town ({@link TopicDocument#key}) for the surge rules and sends a
 * signal to the surge episode's alert when a detector fires. The counts are forgotten once the key
 * has been quiet for longer than the longest baseline and its window, by one event-time timer per
 * key that follows the newest bucket (timers registered by earlier versions, one per document, fire
 * and find nothing to do until the last).
 */
public final class SurgeFunction
        extends KeyedProcessFunction<String, SurgeFunction.TopicDocument, AlertSignal> {

    private final List<SurgeRule> rules;
    private final Duration memory;
    private transient List<SurgeDetector> detectors;
    private transient ValueState<SurgeDetector.States> state;

    public SurgeFunction(List<SurgeRule> rules) {
        this.rules = List.copyOf(rules);
        this.memory =
                rules.stream()
                        .map(r -> r.baseline().plus(r.window()))
                        .max(Duration::compareTo)
                        .orElse(Duration.ZERO);
    }

    @Override
    public void open(OpenContext context) {
        detectors = SurgeDetector.of(rules);
        state =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "surge-counts",
                                        JsonTypeInfo.of(SurgeDetector.States.class)));
    }

    @Override
    public void processElement(TopicDocument doc, Context ctx, Collector<AlertSignal> out)
            throws Exception {
        SurgeDetector.States states = state.value();
        if (states == null) {
            states = new SurgeDetector.States();
        }
        long newestBefore = newestBucket(states);
        for (SurgeSignal signal : count(detectors, states, doc)) {
            out.collect(AlertSignal.of(signal));
        }
        state.update(states);
        long newest = newestBucket(states);
        if (newest != newestBefore) {
            // one clean-up timer per key, not one per document: a week of documents would
            // otherwise keep a week of timers in every checkpoint
            if (newestBefore != Long.MIN_VALUE) {
                ctx.timerService().deleteEventTimeTimer(newestBefore + memory.toMillis());
            }
            ctx.timerService().registerEventTimeTimer(newest + memory.toMillis());
        }
    }

    /**
     * Counts one document of a topic and town with every detector and returns the surges it sets
     * off; {@code states} are updated. Pure, so that {@code huixiang eval alerts} counts as the
     * stage does.
     */
    public static List<SurgeSignal> count(
            List<SurgeDetector> detectors, SurgeDetector.States states, TopicDocument doc) {
        List<SurgeSignal> signals = new ArrayList<>(1);
        for (SurgeDetector detector : detectors) {
            SurgeRule rule = detector.rule();
            SurgeDetector.Reading reading = detector.add(states.of(rule.id()), doc.at());
            if (reading != null) {
                signals.add(
                        new SurgeSignal(
                                AlertIds.forSurge(
                                        rule.id(),
                                        doc.topicId(),
                                        doc.region(),
                                        reading.episodeStart()),
                                rule.id(),
                                doc.topicId(),
                                doc.topicName(),
                                doc.region(),
                                reading.count(),
                                reading.why(rule),
                                rule.level(),
                                doc.document(),
                                doc.at()));
            }
        }
        return signals;
    }

    /** The start of the newest bucket any rule counts, or {@link Long#MIN_VALUE} for none. */
    private static long newestBucket(SurgeDetector.States states) {
        return states.byRule.values().stream()
                .filter(s -> !s.buckets.isEmpty())
                .mapToLong(s -> s.buckets.lastKey())
                .max()
                .orElse(Long.MIN_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AlertSignal> out)
            throws Exception {
        SurgeDetector.States states = state.value();
        if (states == null || ctx.timerService().currentWatermark() == Long.MAX_VALUE) {
            return;
        }
        long newest = newestBucket(states);
        if (newest == Long.MIN_VALUE || newest + memory.toMillis() <= timestamp) {
            state.clear();
        }
    }

    /** One topic of one document, for counting per topic × town. */
    public record TopicDocument(
            String topicId, String topicName, String region, AlertDocument document, Instant at)
            implements Serializable {

        /** One per topic the document matched. */
        public static List<TopicDocument> of(AnalyzedDocument doc) {
            List<TopicDocument> out = new ArrayList<>(doc.analysis().topics().size());
            for (TopicMatch topic : doc.analysis().topics()) {
                out.add(
                        new TopicDocument(
                                topic.id(),
                                topic.name(),
                                doc.analysis().region(),
                                AlertDocument.of(doc.document()),
                                doc.document().receivedAt()));
            }
            return out;
        }

        public String key() {
            return topicId + '|' + (region == null ? "" : region);
        }
    }
}
