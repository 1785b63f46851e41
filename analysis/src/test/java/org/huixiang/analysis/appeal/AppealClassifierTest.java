package org.huixiang.analysis.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import org.huixiang.common.model.Appeal;
import org.huixiang.common.model.AppealType;
import org.junit.jupiter.api.Test;

/** The appeal types of messages written for these tests, with the reasons that decided. */
class AppealClassifierTest {

    private static final AppealClassifier CLASSIFIER = new AppealClassifier();

    private static AppealType type(String text) {
        return CLASSIFIER.classify(text, null).type();
    }

    @Test
    void theWriterNamingTheKindDecides() {
        assertThat(type("实名举报庆符镇某砂石场夜间偷排污水，请环保部门查处")).isEqualTo(AppealType.REPORT);
        assertThat(type("我要投诉县城某驾校乱收费，交了钱不给安排考试")).isEqualTo(AppealType.COMPLAINT);
        assertThat(type("建议在文江镇中学门口增设一处人行横道和减速带")).isEqualTo(AppealType.SUGGESTION);
        Appeal inquiry = CLASSIFIER.classify("咨询一下，新生入学需要什么材料？在哪里办理？", null);
        assertThat(inquiry.type()).isEqualTo(AppealType.INQUIRY);
        assertThat(inquiry.reasons()).singleElement().asString().startsWith("咨询: ");
    }

    @Test
    void wrongdoingWithoutTheWordReportNeedsTwoSignsOfIt() {
        // one 违规 in a complaint about noise stays a complaint
        assertThat(type("小区旁工地违规夜间施工，噪音扰民，严重影响休息")).isEqualTo(AppealType.COMPLAINT);
        assertThat(type("村干部贪污扶贫款，还优亲厚友，低保给了自家亲戚")).isEqualTo(AppealType.REPORT);
    }

    @Test
    void aRhetoricalQuestionIsNoInquiry() {
        assertThat(type("路灯坏了三个月为什么没人管？到底有没有人负责？")).isEqualTo(AppealType.COMPLAINT);
        assertThat(type("城乡居民医保的缴费标准是多少？可以享受哪些补贴标准？")).isEqualTo(AppealType.INQUIRY);
    }

    @Test
    void thanksAtTheEndOfARequestIsNoPraise() {
        assertThat(type("表扬县人社局窗口工作人员耐心细致，一次就帮我办好了社保转移，非常感谢")).isEqualTo(AppealType.PRAISE);
        assertThat(type("村里的路坏了很久，恳请领导帮忙修一下，谢谢！")).isEqualTo(AppealType.HELP);
        assertThat(type("为新建的公园点赞，但是公园里的厕所一直没有开放，没人管")).isEqualTo(AppealType.COMPLAINT);
    }

    @Test
    void urgencyIsAPleaForHelpWithLifeAtRisk() {
        assertThat(type("紧急求助！老人被困在二楼，楼下着火了，救命")).isEqualTo(AppealType.URGENT_HELP);
        // a trapped-in-the-lift story told as a complaint is a complaint
        assertThat(type("小区电梯故障，上个月有业主被困，物业一直没有解决")).isEqualTo(AppealType.COMPLAINT);
    }

    @Test
    void aMessageWithoutCuesAsksForSomethingToBeDone() {
        Appeal appeal = CLASSIFIER.classify("沙河镇到县城的班车一天只有两趟", null);
        assertThat(appeal.type()).isEqualTo(AppealType.HELP);
        assertThat(appeal.fromCitizen()).isFalse();
        assertThat(appeal.reasons()).singleElement().asString().contains("no cue");
    }

    @Test
    void theCitizensCategoryWins() {
        Appeal appeal = CLASSIFIER.classify("建议增设公交线路", "投诉类");
        assertThat(appeal.type()).isEqualTo(AppealType.COMPLAINT);
        assertThat(appeal.fromCitizen()).isTrue();
        assertThat(CLASSIFIER.classify("谢谢你们", "感谢信").type()).isEqualTo(AppealType.PRAISE);
        assertThat(CLASSIFIER.classify("路灯坏了", "其他").type()).isEqualTo(AppealType.HELP);
    }
}
