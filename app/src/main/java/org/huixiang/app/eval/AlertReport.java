package org.huixiang.app.eval;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huixiang.app.eval.AlertEvaluation.Run;
import org.huixiang.app.eval.AlertEvaluation.Verdict;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.RiskLevel;

/**
 * The figures of one {@code eval alerts} run: recall on the cases that expect an alert, false
 * alerts per group, the levels, what the analyzer took the documents for (jurisdiction and content
 * label: why most real posts raise nothing), and every miss and false alert with the reasons the
 * decision gave.
 */
final class AlertReport {

    private final Run run;
    private final Map<String, Verdict> byDocument = new HashMap<>();

    /** Counts of one group of cases. */
    record Group(int cases, int expectAlert, int alerted, int misses, int falseAlerts) {}

    AlertReport(Run run) {
        this.run = run;
        for (Verdict v : run.verdicts()) {
            byDocument.put(v.documentId(), v);
        }
    }

    Map<String, Group> groups() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Verdict v : run.verdicts()) {
            int[] c = counts.computeIfAbsent(v.input().group(), g -> new int[5]);
            c[0]++;
            if (v.input().expectAlert()) {
                c[1]++;
            }
            if (v.alerted()) {
                c[2]++;
            }
            if (v.input().expectAlert() && !v.alerted()) {
                c[3]++;
            }
            if (!v.input().expectAlert() && v.alerted()) {
                c[4]++;
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        counts.forEach((g, c) -> groups.put(g, new Group(c[0], c[1], c[2], c[3], c[4])));
        return groups;
    }

    /** Alerts raised from cases that all expected none: in a stream, one alert may hold many. */
    List<Alert> falseAlerts() {
        return run.alerts().stream()
                .filter(
                        a ->
                                a.documents().stream()
                                        .map(d -> byDocument.get(d.id()))
                                        .noneMatch(v -> v != null && v.input().expectAlert()))
                .toList();
    }

    Map<RiskLevel, Integer> levels(List<Alert> alerts) {
        Map<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            levels.put(level, 0);
        }
        alerts.forEach(a -> levels.merge(a.level(), 1, Integer::sum));
        return levels;
    }

    /** How many documents the analyzer put in each jurisdiction. */
    Map<JurisdictionScope, Integer> jurisdictions() {
        Map<JurisdictionScope, Integer> counts = new EnumMap<>(JurisdictionScope.class);
        run.verdicts()
                .forEach(v -> counts.merge(v.analysis().jurisdiction().scope(), 1, Integer::sum));
        return counts;
    }

    /** How many documents the analyzer gave each content label. */
    Map<ContentLabel, Integer> contentLabels() {
        Map<ContentLabel, Integer> counts = new EnumMap<>(ContentLabel.class);
        run.verdicts().forEach(v -> counts.merge(v.analysis().content().label(), 1, Integer::sum));
        return counts;
    }

    void print(PrintStream out, String what) {
        List<Verdict> verdicts = run.verdicts();
        out.printf("eval alerts: %s%n%n", what);
        out.printf(
                "%-18s %6s %7s %7s %7s %7s%n",
                "group", "cases", "expect", "alerts", "misses", "false");
        groups().forEach(
                        (g, c) ->
                                out.printf(
                                        "%-18s %6d %7s %7d %7d %7d%n",
                                        g,
                                        c.cases(),
                                        c.expectAlert() == 0
                                                ? "none"
                                                : c.expectAlert() == c.cases() ? "alert" : "mixed",
                                        c.alerted(),
                                        c.misses(),
                                        c.falseAlerts()));
        long expected = verdicts.stream().filter(v -> v.input().expectAlert()).count();
        long found = verdicts.stream().filter(v -> v.input().expectAlert() && v.alerted()).count();
        long none = verdicts.size() - expected;
        List<Alert> falseAlerts = falseAlerts();
        out.println();
        if (expected > 0) {
            out.printf(
                    "recall       %.3f (%d of %d cases that expect an alert)%n",
                    recall(), found, expected);
        }
        out.printf(
                "false alerts %d from %d cases that expect none; at level I–II: %d; %.2f per 1,000 cases%n",
                falseAlerts.size(),
                none,
                falseAlerts.stream().filter(a -> a.level().atLeast(RiskLevel.II)).count(),
                perThousand(falseAlerts.size()));
        out.println("alerts       " + run.alerts().size() + " by level " + levels(run.alerts()));
        StringBuilder taken = new StringBuilder("documents    属地");
        jurisdictions()
                .forEach((k, n) -> taken.append(' ').append(k.chinese()).append(' ').append(n));
        taken.append(" | 内容");
        contentLabels()
                .forEach((k, n) -> taken.append(' ').append(k.chinese()).append(' ').append(n));
        out.println(taken);
        List<Verdict> misses =
                verdicts.stream().filter(v -> v.input().expectAlert() && !v.alerted()).toList();
        if (!misses.isEmpty()) {
            out.println("\nmisses (expected an alert, none raised):");
            misses.forEach(v -> describe(out, v));
        }
        if (!falseAlerts.isEmpty()) {
            out.println("\nfalse alerts:");
            for (Alert alert : falseAlerts) {
                out.printf(
                        "  %s 级 %s %s「%s」 %d 条 规则 %s%n",
                        alert.level(),
                        alert.kind(),
                        alert.id(),
                        alert.title(),
                        alert.documentCount(),
                        alert.rulesFired());
                Verdict first = byDocument.get(alert.documents().get(0).id());
                if (first != null) {
                    describe(out, first);
                }
            }
        }
    }

    double recall() {
        long expected = run.verdicts().stream().filter(v -> v.input().expectAlert()).count();
        long found =
                run.verdicts().stream().filter(v -> v.input().expectAlert() && v.alerted()).count();
        return expected == 0 ? Double.NaN : (double) found / expected;
    }

    double perThousand(int alerts) {
        return run.verdicts().isEmpty() ? 0 : 1000.0 * alerts / run.verdicts().size();
    }

    /** The figures as one JSON object. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Alert> falseAlerts = falseAlerts();
        out.put("cases", run.verdicts().size());
        double recall = recall();
        out.put("recall", Double.isNaN(recall) ? null : Math.round(recall * 1000) / 1000.0);
        out.put("false_alerts", falseAlerts.size());
        out.put(
                "false_alerts_at_I_II",
                falseAlerts.stream().filter(a -> a.level().atLeast(RiskLevel.II)).count());
        out.put("false_alerts_per_1000", Math.round(perThousand(falseAlerts.size()) * 100) / 100.0);
        out.put("alerts", run.alerts().size());
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels(run.alerts()).forEach((k, v) -> levels.put(k.name(), v));
        out.put("levels", levels);
        Map<String, Object> groups = new LinkedHashMap<>();
        groups().forEach(
                        (g, c) ->
                                groups.put(
                                        g,
                                        Map.of(
                                                "cases", c.cases(),
                                                "alerts", c.alerted(),
                                                "misses", c.misses(),
                                                "false_alerts", c.falseAlerts())));
        out.put("groups", groups);
        out.put("jurisdiction", lowerCaseKeys(jurisdictions()));
        out.put("content", lowerCaseKeys(contentLabels()));
        return out;
    }

    private static Map<String, Integer> lowerCaseKeys(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((k, n) -> out.put(k.name().toLowerCase(Locale.ROOT), n));
        return out;
    }

    private static void describe(PrintStream out, Verdict v) {
        Analysis a = v.analysis();
        String text = v.input().text().replace('\n', ' ');
        out.printf(
                "  %s %s「%s」%n",
                v.input().id(),
                v.input().group(),
                text.length() > 80 ? text.substring(0, 80) + "…" : text);
        out.printf(
                "      属地 %s %s | 内容 %s %s | %s 级 %s%n",
                a.jurisdiction().scope().chinese(),
                a.jurisdiction().reasons(),
                a.content().label().chinese(),
                a.content().cues(),
                a.risk().level(),
                a.risk().levelEvidence());
    }
}
