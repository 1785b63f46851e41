package org.huixiang.alerting.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.model.DeadlineKind;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.seeds.DocumentRule;

/**
 * Every sentence the alert lifecycle writes for people (an alert's why, its title, the notes of its
 * history), in one place: the state transitions decide, this class words what they decided.
 */
final class AlertTexts {

    private AlertTexts() {}

    /** 规则 local-appeal：…，命中「拖欠」「没人管」 */
    static String ruleFired(DocumentRule rule, List<String> words) {
        return "规则 "
                + rule.id()
                + "："
                + rule.description()
                + (words.isEmpty() ? "" : "，命中「" + String.join("」「", words) + "」");
    }

    /**
     * What the analysis of an alert's first document says for it: the level with its score and
     * evidence, the jurisdiction and the content label with their reasons, the score's reasons and
     * the routing's.
     */
    static List<String> analysis(Analysis a) {
        List<String> why = new ArrayList<>();
        why.add(
                "风险 "
                        + a.risk().level()
                        + " 级（"
                        + a.risk().level().chinese()
                        + "），评分 "
                        + a.risk().score());
        a.risk().levelEvidence().forEach(e -> why.add("等级依据：" + e));
        if (a.jurisdiction() != null) {
            why.add(
                    "属地："
                            + a.jurisdiction().scope().chinese()
                            + "（"
                            + String.join("；", a.jurisdiction().reasons())
                            + "）");
        }
        if (a.content() != null) {
            why.add(
                    "内容："
                            + a.content().label().chinese()
                            + "（"
                            + String.join("；", a.content().cues())
                            + "）");
        }
        why.addAll(a.risk().reasons());
        why.addAll(a.routing().reasons());
        return why;
    }

    /** 庆符镇「劳动保障与欠薪」相关诉求和帖子激增; 全县 when the surge is of no town. */
    static String surgeTitle(String town, String topicName) {
        return (town == null ? "全县" : town) + "「" + topicName + "」相关诉求和帖子激增";
    }

    /** IV → II 级（重大） */
    static String levelRaised(RiskLevel from, RiskLevel to) {
        return from + " → " + to + " 级（" + to.chinese() + "）";
    }

    /** 县水利局 未在期限内签收，已报 县委网信办 督办 */
    static String overdue(String unit, DeadlineKind kind, String team) {
        return unit + " 未在期限内" + kind.chinese() + "，已报 " + team + " 督办";
    }

    /** 签收期限 2026-11-20 10:00 将至 (China time) */
    static String reminder(DeadlineKind kind, Instant deadline) {
        return kind.chinese() + "期限 " + CountyTime.forPeople(deadline) + " 将至";
    }

    /** The why of an escalation: 县水利局 未在 … 前签收预警「…」 */
    static String escalationWhy(String unit, Instant deadline, DeadlineKind kind, String title) {
        return unit
                + " 未在 "
                + CountyTime.forPeople(deadline)
                + " 前"
                + kind.chinese()
                + "预警「"
                + title
                + "」";
    }

    /** 超期未签收：… */
    static String escalationTitle(DeadlineKind kind, String title) {
        return "超期未" + kind.chinese() + "：" + title;
    }

    /** Why an escalation closes with its alert: 原预警已回应 / 原预警已关闭. */
    static String parentEnded(AlertState state) {
        return "原预警已" + (state == AlertState.RESPONDED ? "回应" : "关闭");
    }
}
