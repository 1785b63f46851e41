package org.huixiang.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.app.eval.AlertCaseFile.Case;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertEvaluationTest {

    private static AlertEvaluation evaluation;

    @TempDir Path dir;

    @BeforeAll
    static void load() {
        Seeds seeds = SeedLoader.loadDefault();
        evaluation = new AlertEvaluation(seeds, new CountyAnalyzer(seeds));
    }

    private static Case post(String id, String group, boolean alert, String text) {
        return new Case(id, group, alert, text, null, "weibo", DocumentKind.POST);
    }

    @Test
    void eachCaseAloneIsJudgedAndTheReportCountsMissesAndFalseAlerts() {
        AlertEvaluation.Run run =
                evaluation.each(
                        List.of(
                                post("a", "issue", true, "蕉村镇街上的路灯坏了三个月，晚上老人出门摔了好几次"),
                                post("b", "issue", true, "今天天气真好"),
                                post("c", "elsewhere", false, "江安县一化工厂发生爆炸，多人受伤"),
                                post("d", "chatter", false, "追剧追到凌晨，累死了[泪]"),
                                post("e", "routine", false, "高县第三届龙舟赛在南广河开赛，两岸观众很多")));
        AlertReport report = new AlertReport(run);
        assertThat(report.recall()).isEqualTo(0.5);
        assertThat(report.falseAlerts()).isEmpty();
        Map<String, AlertReport.Group> groups = report.groups();
        assertThat(groups.get("issue").misses()).isEqualTo(1);
        assertThat(groups.get("elsewhere").falseAlerts()).isZero();
        assertThat(run.alerts())
                .singleElement()
                .satisfies(alert -> assertThat(alert.level()).isEqualTo(RiskLevel.IV));
        // what the analyzer took them for, the reason most real posts raise nothing
        assertThat(report.jurisdictions())
                .containsEntry(JurisdictionScope.LOCAL, 2)
                .containsEntry(JurisdictionScope.ELSEWHERE, 1)
                .containsEntry(JurisdictionScope.UNKNOWN, 2);
        assertThat(report.contentLabels())
                .containsEntry(ContentLabel.APPEAL, 1)
                .containsEntry(ContentLabel.INCIDENT, 1);
        Map<String, Object> json = report.json();
        assertThat(json).containsEntry("cases", 5).containsEntry("false_alerts", 0);
        assertThat(json.get("jurisdiction"))
                .isEqualTo(Map.of("local", 2, "elsewhere", 1, "unknown", 2));
    }

    @Test
    void aStreamOfTheSameJokeFormsNoEventButTheSameComplaintGrowsOne() {
        List<Case> stream = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stream.add(post("j" + i, "chatter", false, "笑死我了哈哈哈[哈哈]//@网友" + i + ":[哈哈]"));
        }
        for (int i = 0; i < 6; i++) {
            stream.add(
                    post(
                            "w" + i,
                            "issue",
                            true,
                            "可久镇自来水又停了，已经第三天，一整条街的住户都没水用" + "！".repeat(i % 2)));
        }
        AlertEvaluation.Run run = evaluation.stream(stream, Duration.ofSeconds(30));
        assertThat(run.verdicts().subList(0, 8)).noneMatch(AlertEvaluation.Verdict::alerted);
        assertThat(run.verdicts().subList(0, 8))
                .allSatisfy(v -> assertThat(v.analysis().event()).isNull());
        Alert alert =
                run.alerts().stream().filter(a -> a.documentCount() == 6).findFirst().orElseThrow();
        assertThat(alert.rulesFired()).contains("local-appeal", "fast-growing-event");
        assertThat(alert.level()).isEqualTo(RiskLevel.III);
        assertThat(new AlertReport(run).falseAlerts()).isEmpty();
    }

    @Test
    void aCaseFileNamesTheLineItCannotRead() throws Exception {
        Path file = dir.resolve("cases.jsonl");
        Files.writeString(
                file,
                "{\"case\": \"x1\", \"group\": \"g\", \"expect\": \"alert\", \"text\": \"沙河镇停电了\"}\n"
                        + "{\"case\": \"x2\", \"group\": \"g\", \"expect\": \"maybe\", \"text\": \"…\"}\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AlertCaseFile.jsonl(file, DocumentKind.POST, "weibo"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("maybe");
    }
}
