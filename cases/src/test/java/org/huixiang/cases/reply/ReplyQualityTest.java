package org.huixiang.cases.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.huixiang.cases.reply.ReplyQuality.Verdict;
import org.junit.jupiter.api.Test;

/** Replies written for these tests, to a message about a broken street light. */
class ReplyQualityTest {

    private static final ReplyQuality QUALITY = new ReplyQuality();
    private static final String MESSAGE = "庆符镇中心街的路灯坏了一个多月，晚上学生放学很危险，请尽快维修。";

    @Test
    void anAnswerAboutWhatWasAskedPasses() {
        ReplyQuality.Check check =
                QUALITY.check(
                        MESSAGE,
                        "网友您好！经县住建城管局现场核实，中心街3盏路灯因线路老化损坏，已于5月6日更换线路并恢复照明。"
                                + "感谢您的监督！县住建城管局 2026年5月7日");
        assertThat(check.verdict()).isEqualTo(Verdict.OK);
        assertThat(check.flagged()).isFalse();
        assertThat(check.sharedWords()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void acknowledgingAndForwardingAnswerNothing() {
        assertThat(QUALITY.check(MESSAGE, "网友：您好！您反映的问题已收悉，我办已转庆符镇人民政府调查核处。2026年5月3日").verdict())
                .isEqualTo(Verdict.BOILERPLATE);
        assertThat(QUALITY.check(MESSAGE, "您好，正在处理中，请耐心等待。感谢您的关注！").verdict())
                .isEqualTo(Verdict.BOILERPLATE);
    }

    @Test
    void aReplyAboutSomethingElseIsFlagged() {
        ReplyQuality.Check check =
                QUALITY.check(MESSAGE, "经查，该工地已办理渣土回填审结许可，施工单位将按要求落实扬尘防治措施，严格控制作业时间。");
        assertThat(check.verdict()).isEqualTo(Verdict.UNRELATED);
        assertThat(check.reason()).contains("shares almost no words");
    }

    @Test
    void noReplyIsEmpty() {
        assertThat(QUALITY.check(MESSAGE, "").verdict()).isEqualTo(Verdict.EMPTY);
        assertThat(QUALITY.check(MESSAGE, null).verdict()).isEqualTo(Verdict.EMPTY);
        assertThat(QUALITY.check(MESSAGE, "2026年5月3日").verdict()).isEqualTo(Verdict.EMPTY);
    }
}
