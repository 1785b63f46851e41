package org.huixiang.alerting.rules;

import java.io.Serializable;
import java.util.List;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.DocumentRule;

/**
 * Matches one analyzed document against the document rules and the watch list of {@code
 * seeds/rules.yaml}. Pure: no Flink, no clock.
 */
public final class DocumentRules implements Serializable {

    private final List<DocumentRule> rules;

    public DocumentRules(List<DocumentRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule the document satisfies, in file order; empty when none fires. */
    public List<DocumentRule> matching(AnalyzedDocument analyzed) {
        return rules.stream().filter(rule -> matches(rule, analyzed)).toList();
    }

    static boolean matches(DocumentRule rule, AnalyzedDocument analyzed) {
        Analysis a = analyzed.analysis();
        String text = analyzed.document().fullText();
        return a.risk().level().atLeast(rule.minLevel())
                && (rule.sentiment() == null || rule.sentiment() == a.sentiment().label())
                && (!rule.requireTopic() || !a.topics().isEmpty())
                && (rule.topics().isEmpty()
                        || a.topics().stream()
                                .map(TopicMatch::id)
                                .anyMatch(rule.topics()::contains))
                && (rule.sources().isEmpty()
                        || rule.sources().contains(analyzed.document().source()))
                && (rule.regions().isEmpty() || rule.regions().contains(a.region()))
                && (rule.content().isEmpty()
                        || (a.content() != null && rule.content().contains(a.content().label())))
                && rule.keywordGroups().stream()
                        .allMatch(group -> group.stream().anyMatch(text::contains))
                && rule.exclude().stream().noneMatch(text::contains);
    }

    /** The words of the rule's keyword groups that the text contains, for the alert's why. */
    public static List<String> matchedWords(DocumentRule rule, String text) {
        return rule.keywordGroups().stream()
                .flatMap(List::stream)
                .filter(text::contains)
                .distinct()
                .toList();
    }

    /**
     * The level of an alert raised by {@code fired} on a document of {@code documentLevel}: the
     * document's, or the most severe floor a rule sets (the watch list), whichever is more severe.
     */
    public static RiskLevel alertLevel(List<DocumentRule> fired, RiskLevel documentLevel) {
        RiskLevel level = documentLevel;
        for (DocumentRule rule : fired) {
            level = RiskLevels.moreSevere(level, rule.alertLevel());
        }
        return level;
    }
}
