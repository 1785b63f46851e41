package org.huixiang.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

/** The figures of {@code eval cases} on messages and replies written for this test. */
class CaseEvaluationTest {

    @Test
    void talliesTypesRepliesAndWorkingDaysAcrossNationalDay() {
        CaseEvaluation e = new CaseEvaluation(SeedLoader.loadDefault().calendar());
        String lamp = "我要投诉庆符镇中心街的路灯坏了一个多月，请尽快维修";
        // 2025/9/30 → 10/14: 10-09, 10-10, 10-11 (调休), 10-13, 10-14 = 5 working days
        e.add(
                lamp,
                "经县住建城管局核实，中心街路灯线路老化，已于10月13日更换并恢复照明。",
                "2025/9/30 10:00:00",
                "2025/10/14 9:00:00");
        e.add(lamp, "您好！您反映的问题已收悉，我办已转庆符镇人民政府调查核处。", "2025-10-09", "2025-10-31");
        e.add("咨询一下，新生入学需要什么材料？", null, "43563.3592", "2025/10/14");

        Map<String, Object> report = e.report();
        assertThat(report.get("messages")).isEqualTo(3);
        assertThat(report.get("appeal_types")).isEqualTo(Map.of("投诉", 2, "咨询", 1));
        assertThat(report.get("replies")).isEqualTo(Map.of("ok", 1, "boilerplate", 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> delays = (Map<String, Object>) report.get("working_days_to_reply");
        assertThat(delays.get("replies_timed")).isEqualTo(2);
        assertThat(delays.get("undated")).isEqualTo(1);
        assertThat(delays.get("within_5")).isEqualTo(50.0);
        assertThat(delays.get("within_15")).isEqualTo(50.0);
    }
}
