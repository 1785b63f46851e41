package org.huixiang.alerting.lifecycle;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huixiang.alerting.rules.DocumentRules;
import org.huixiang.alerting.rules.EventGrowth;
import org.huixiang.alerting.rules.RiskLevels;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.AlertDocument;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Deadlines;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.TermHit;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.DocumentRule;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.seeds.Topic;

/**
 * Opens and updates alerts from documents and surge readings: one alert per event, updated by each
 * new document of the event (more contributing documents, the sentiment mix, a higher level when a
 * document or an event rule warrants it). Pure: the time of every change is the input's event time.
 *
 * <p>A document that only adds itself to an open alert (no new rule, no higher level) is held: the
 * alert in the case takes it at once, but its revision is published by {@link #release} once the
 * hold is over, or with the next revision published for any other reason. A fast-growing event then
 * makes one revision per {@link #HOLD}, not one per document, which is what the console, the index
 * and the topic can follow; what needs attention (an alert opened, a rule or level added, every
 * response and deadline) is published at once.
 */
public final class AlertUpdates implements Serializable {

    /** How long documents that only join an open alert may wait to be published together. */
    public static final Duration HOLD = Duration.ofSeconds(1);

    private final Seeds seeds;
    private final DocumentRules documentRules;
    private final EventGrowth growth;

    public AlertUpdates(Seeds seeds) {
        this.seeds = seeds;
        this.documentRules = new DocumentRules(seeds.rules().documents());
        this.growth = new EventGrowth(seeds.rules().events());
    }

    public EventGrowth growth() {
        return growth;
    }

    /** Applies one document of the key's event; {@code current} is null for a new key. */
    public Outcome onDocument(AlertCase current, String alertId, AnalyzedDocument analyzed) {
        Document d = analyzed.document();
        Analysis a = analyzed.analysis();
        Instant at = d.receivedAt();
        String firstSource = a.event() == null ? d.source() : a.event().firstSource();
        AlertCase base = current != null ? current : AlertCase.of(EventTally.start(firstSource));
        EventTally tally =
                base.tally()
                        .plus(
                                AlertDocument.of(d),
                                a.sentiment().label(),
                                a.topics().stream().map(TopicMatch::name).toList(),
                                terms(a),
                                at,
                                growth.horizon())
                        .withFirstSource(firstSource);
        List<DocumentRule> fired = documentRules.matching(analyzed);
        Optional<EventGrowth.Fired> grown = growth.firing(tally.recent(), at);

        List<String> ruleIds = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (DocumentRule rule : fired) {
            ruleIds.add(rule.id());
            List<String> words = DocumentRules.matchedWords(rule, d.fullText());
            why.add(AlertTexts.ruleFired(rule, words));
        }
        grown.ifPresent(
                g -> {
                    ruleIds.add(g.rule().id());
                    why.add(g.why());
                });
        RiskLevel level =
                RiskLevels.moreSevere(
                        fired.isEmpty() ? null : DocumentRules.alertLevel(fired, a.risk().level()),
                        grown.map(g -> g.rule().level()).orElse(null));

        Alert alert = base.alert();
        if (alert == null) {
            if (ruleIds.isEmpty()) {
                return Outcome.unchanged(base.withTally(tally));
            }
            why.addAll(AlertTexts.analysis(a));
            Alert opened =
                    open(
                            alertId,
                            fired.isEmpty() ? AlertKind.EVENT : AlertKind.DOCUMENT,
                            level,
                            title(d),
                            why,
                            ruleIds,
                            a.event() == null ? null : a.event().id(),
                            a.region(),
                            a.routing().leadUnit(),
                            a.routing().responsibleUnits(),
                            tally,
                            d.source(),
                            at);
            return new Outcome(base.withTally(tally).withAlert(opened), List.of(opened), null);
        }
        boolean quiet =
                alert.rulesFired().containsAll(ruleIds)
                        && RiskLevels.moreSevere(alert.level(), level) == alert.level();
        if (quiet) {
            return Outcome.unchanged(
                    base.withTally(tally).holding(withDocuments(alert, tally).build(), at));
        }
        Alert updated = update(alert, tally, ruleIds, why, level, at);
        return new Outcome(base.withTally(tally).withAlert(updated), List.of(updated), null);
    }

    /**
     * Publishes the documents held back in the case's alert as one revision, dated by the latest of
     * them; unchanged when nothing is held.
     */
    public Outcome release(AlertCase current) {
        if (current == null || current.held() == null) {
            return Outcome.unchanged(current);
        }
        Alert alert = current.alert();
        Instant latest = current.tally().lastSeen();
        Instant at =
                latest == null || latest.isBefore(alert.updatedAt()) ? alert.updatedAt() : latest;
        Alert revision = alert.toBuilder().next(at, null).build();
        return new Outcome(current.withAlert(revision), List.of(revision), null);
    }

    /** Applies a surge reading to the episode's alert. */
    public Outcome onSurge(AlertCase current, SurgeSignal s) {
        AlertCase base =
                current != null ? current : AlertCase.of(EventTally.start(s.latest().source()));
        EventTally tally =
                base.tally()
                        .plus(
                                s.latest(),
                                null,
                                List.of(s.topicName()),
                                List.of(),
                                s.at(),
                                growth.horizon());
        Alert alert = base.alert();
        if (alert == null) {
            Topic topic =
                    seeds.topics().stream()
                            .filter(t -> t.id().equals(s.topicId()))
                            .findFirst()
                            .orElseThrow();
            List<String> responsible = new ArrayList<>(topic.responsible());
            seeds.regions().stream()
                    .filter(r -> r.name().equals(s.region()))
                    .findFirst()
                    .ifPresent(r -> responsible.add(0, r.government()));
            responsible.remove(topic.lead());
            Alert opened =
                    open(
                            s.alertId(),
                            AlertKind.SURGE,
                            s.level(),
                            AlertTexts.surgeTitle(s.region(), s.topicName()),
                            List.of(s.why()),
                            List.of(s.ruleId()),
                            null,
                            s.region(),
                            topic.lead(),
                            responsible.stream().distinct().toList(),
                            tally,
                            s.latest().source(),
                            s.at());
            return new Outcome(base.withTally(tally).withAlert(opened), List.of(opened), null);
        }
        List<String> why = new ArrayList<>(alert.why());
        why.set(0, s.why());
        Alert updated =
                update(
                        alert.toBuilder().why(why).build(),
                        tally,
                        List.of(),
                        List.of(),
                        s.level(),
                        s.at());
        return new Outcome(base.withTally(tally).withAlert(updated), List.of(updated), null);
    }

    private Alert open(
            String id,
            AlertKind kind,
            RiskLevel level,
            String title,
            List<String> why,
            List<String> rules,
            String eventId,
            String region,
            String lead,
            List<String> responsible,
            EventTally tally,
            String source,
            Instant at) {
        return Alert.opening(id, kind, level, title, at, String.join("；", rules))
                .why(why)
                .rulesFired(rules)
                .matchedTerms(tally.terms())
                .topics(tally.topics())
                .documents(tally.documents(), tally.count())
                .event(eventId, tally.firstSource())
                .similarCount(tally.count() - 1)
                .sentimentMix(tally.sentimentMix())
                .region(region)
                .units(lead, responsible)
                .deadlines(DeadlinePlan.from(seeds.deadlines(level, source), at))
                .build();
    }

    /**
     * The next revision with the tally's documents; new rules join the why; a more severe level
     * tightens the deadlines of the unit that holds the alert.
     */
    private Alert update(
            Alert alert,
            EventTally tally,
            List<String> ruleIds,
            List<String> why,
            RiskLevel level,
            Instant at) {
        List<String> rules = new ArrayList<>(alert.rulesFired());
        List<String> reasons = new ArrayList<>(alert.why());
        for (int i = 0; i < ruleIds.size(); i++) {
            if (!rules.contains(ruleIds.get(i))) {
                rules.add(ruleIds.get(i));
                reasons.add(Math.min(reasons.size(), rules.size() - 1), why.get(i));
            }
        }
        Alert.Builder next = withDocuments(alert, tally).rulesFired(rules).why(reasons);
        RiskLevel raised = RiskLevels.moreSevere(alert.level(), level);
        if (raised != alert.level()) {
            Deadlines tighter =
                    DeadlinePlan.earliest(
                            alert.deadlines(),
                            DeadlinePlan.from(
                                    seeds.deadlines(raised, alert.documents().get(0).source()),
                                    alert.assignedAt()));
            return next.level(raised)
                    .deadlines(tighter)
                    .next(
                            at,
                            AlertChange.of(
                                    at,
                                    "raised",
                                    null,
                                    null,
                                    AlertTexts.levelRaised(alert.level(), raised)))
                    .build();
        }
        return next.next(at, null).build();
    }

    /** The alert as the tally's documents make it, revision and time unchanged. */
    private static Alert.Builder withDocuments(Alert alert, EventTally tally) {
        return alert.toBuilder()
                .documents(tally.documents(), tally.count())
                .similarCount(tally.count() - 1)
                .sentimentMix(tally.sentimentMix())
                .topics(tally.topics())
                .matchedTerms(tally.terms());
    }

    private static List<String> terms(Analysis a) {
        List<String> terms = new ArrayList<>();
        for (TopicMatch topic : a.topics()) {
            topic.matchedTerms().stream().map(TermHit::term).forEach(terms::add);
        }
        return terms;
    }

    static String title(Document d) {
        String base = d.title() != null ? d.title() : d.text();
        String firstLine = base.lines().findFirst().orElse("").strip();
        return firstLine.codePointCount(0, firstLine.length()) > 40
                ? firstLine.substring(0, firstLine.offsetByCodePoints(0, 40)) + "…"
                : firstLine;
    }
}
