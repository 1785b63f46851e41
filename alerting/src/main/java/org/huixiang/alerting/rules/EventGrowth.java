package org.huixiang.alerting.rules;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huixiang.common.seeds.EventRule;

/**
 * Decides whether an event (near-duplicate documents) is growing fast enough for one of the event
 * rules of {@code seeds/rules.yaml}. Pure.
 */
public final class EventGrowth implements Serializable {

    private final List<EventRule> rules;

    public EventGrowth(List<EventRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The most severe rule that fires on the documents seen at {@code times}, as of {@code now}.
     */
    public Optional<Fired> firing(Collection<Instant> times, Instant now) {
        Fired best = null;
        for (EventRule rule : rules) {
            Instant from = now.minus(rule.within());
            long recent = times.stream().filter(t -> t.isAfter(from) && !t.isAfter(now)).count();
            if (recent >= rule.minDocuments()
                    && (best == null || rule.level().atLeast(best.rule().level()))) {
                best = new Fired(rule, (int) recent);
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far back the rules look: document times older than this can be forgotten. */
    public Duration horizon() {
        return rules.stream().map(EventRule::within).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** A rule that fired and the number of documents within its window. */
    public record Fired(EventRule rule, int count) implements Serializable {

        /** The sentence of the alert's why. */
        public String why() {
            return "规则 "
                    + rule.id()
                    + "："
                    + rule.description()
                    + "（"
                    + ChineseDurations.chinese(rule.within())
                    + "内 "
                    + count
                    + " 条）";
        }
    }
}
