package org.huixiang.alerting.rules;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertDocument;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Deadlines;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.model.TermHit;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.DocumentRule;
import org.huixiang.common.seeds.LevelDeadlines;
import org.huixiang.common.seeds.Seeds;

/**
 * Applies the document rules of {@code seeds/rules.yaml} to one analyzed document and, when one
 * fires, builds the alert: routed to the document's units, with deadlines from the SLA policy and
 * the reasons a person needs to judge it. Pure: no Flink, no clock (the alert opens when the
 * document was ingested, so replays produce the same alert).
 */
public final class DocumentAlerts implements Serializable {

    private final Seeds seeds;

    public DocumentAlerts(Seeds seeds) {
        this.seeds = seeds;
    }

    /** The first rule the document satisfies, in file order. */
    public Optional<DocumentRule> firstMatch(AnalyzedDocument analyzed) {
        Analysis analysis = analyzed.analysis();
        String text = analyzed.document().fullText();
        for (DocumentRule rule : seeds.documentRules()) {
            boolean level = analysis.risk().level().atLeast(rule.minLevel());
            boolean sentiment =
                    rule.sentiment() == null || rule.sentiment() == analysis.sentiment().label();
            boolean topic = !rule.requireTopic() || !analysis.topics().isEmpty();
            boolean keywords =
                    rule.keywordsAny().isEmpty()
                            || rule.keywordsAny().stream().anyMatch(text::contains);
            boolean excluded = rule.exclude().stream().anyMatch(text::contains);
            if (level && sentiment && topic && keywords && !excluded) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public Optional<Alert> evaluate(AnalyzedDocument analyzed) {
        return firstMatch(analyzed).map(rule -> open(rule, analyzed));
    }

    private Alert open(DocumentRule rule, AnalyzedDocument analyzed) {
        Document d = analyzed.document();
        Analysis a = analyzed.analysis();
        Instant opened = d.ingestedAt();
        List<String> why = new ArrayList<>();
        why.add("规则 " + rule.id() + "：" + rule.description());
        rule.keywordsAny().stream()
                .filter(d.fullText()::contains)
                .findFirst()
                .ifPresent(word -> why.add("命中关注词「" + word + "」"));
        why.add(
                "风险 "
                        + a.risk().level()
                        + " 级（"
                        + a.risk().level().chinese()
                        + "），评分 "
                        + a.risk().score());
        why.addAll(a.risk().reasons());
        why.addAll(a.routing().reasons());
        Set<String> terms = new LinkedHashSet<>();
        for (TopicMatch topic : a.topics()) {
            topic.matchedTerms().stream().map(TermHit::term).forEach(terms::add);
        }
        return new Alert(
                "A" + DocumentIds.hash("document-alert\u0000" + d.id()).substring(0, 23),
                1,
                "document",
                a.risk().level(),
                title(d),
                List.copyOf(why),
                List.copyOf(terms),
                a.topics().stream().map(TopicMatch::name).toList(),
                List.of(AlertDocument.of(d)),
                a.event() == null ? d.source() : a.event().firstSource(),
                a.event() == null ? 0 : a.event().similarCount(),
                a.region(),
                a.routing().leadUnit(),
                a.routing().responsibleUnits(),
                opened,
                deadlines(seeds.deadlines(a.risk().level(), d.source()), opened),
                AlertState.OPEN,
                opened);
    }

    static Deadlines deadlines(LevelDeadlines policy, Instant opened) {
        return new Deadlines(
                opened.plus(policy.acknowledge()),
                opened.plus(policy.respond()),
                policy.authoritativeRelease() == null
                        ? null
                        : opened.plus(policy.authoritativeRelease()),
                policy.pressConference() == null ? null : opened.plus(policy.pressConference()));
    }

    private static String title(Document d) {
        String base = d.title() != null ? d.title() : d.text();
        String firstLine = base.lines().findFirst().orElse("").strip();
        return firstLine.codePointCount(0, firstLine.length()) > 40
                ? firstLine.substring(0, firstLine.offsetByCodePoints(0, 40)) + "…"
                : firstLine;
    }
}
