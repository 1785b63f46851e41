package org.huixiang.analysis.severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.huixiang.common.seeds.SeverityPolicy.Evidence;
import org.junit.jupiter.api.Test;

class CountedEvidenceTest {

    private static long count(String text, Evidence evidence) {
        Map<Evidence, CountedEvidence.Count> counts = CountedEvidence.in(text);
        return counts.containsKey(evidence) ? counts.get(evidence).count() : 0;
    }

    @Test
    void readsTheNumbersPeopleWrite() {
        assertThat(ChineseNumbers.atLeast("3")).isEqualTo(3);
        assertThat(ChineseNumbers.atLeast("三十")).isEqualTo(30);
        assertThat(ChineseNumbers.atLeast("两千")).isEqualTo(2000);
        assertThat(ChineseNumbers.atLeast("一百二十")).isEqualTo(120);
        assertThat(ChineseNumbers.atLeast("十几")).isEqualTo(11);
        assertThat(ChineseNumbers.atLeast("几十")).isEqualTo(20);
        assertThat(ChineseNumbers.atLeast("数百")).isEqualTo(200);
        assertThat(ChineseNumbers.atLeast("上千")).isEqualTo(1000);
        assertThat(ChineseNumbers.atLeast("近百")).isEqualTo(90);
        assertThat(ChineseNumbers.atLeast("1.2万")).isEqualTo(12000);
        assertThat(ChineseNumbers.atLeast("很多")).isEqualTo(-1);
    }

    @Test
    void countsTheDeadInjuredAndTrappedEitherWayRound() {
        String text = "两车相撞致3人死亡12人受伤";
        assertThat(count(text, Evidence.DEATHS)).isEqualTo(3);
        assertThat(count(text, Evidence.INJURIES)).isEqualTo(12);
        assertThat(count("事故已造成死亡5人", Evidence.DEATHS)).isEqualTo(5);
        assertThat(count("一名工人死亡", Evidence.DEATHS)).isEqualTo(1);
        assertThat(count("矿难2死7伤", Evidence.INJURIES)).isEqualTo(7);
        assertThat(count("十余名矿工被困井下", Evidence.TRAPPED)).isEqualTo(10);
        assertThat(count("多名乘客受伤送医", Evidence.INJURIES)).isEqualTo(2);
    }

    @Test
    void countsGatheringsAndEvacuations() {
        assertThat(count("上百名业主聚集在售楼部门口", Evidence.GATHERING)).isEqualTo(100);
        assertThat(count("几十户村民围在镇政府门口", Evidence.GATHERING)).isEqualTo(20);
        assertThat(count("连夜紧急转移群众2000余人", Evidence.EVACUATED)).isEqualTo(2000);
    }

    @Test
    void statisticsOfYearsOrOfTheCountryAreNoEvent() {
        assertThat(CountedEvidence.in("据统计，近3年来全国斑马线上共发生事故1.4万起，造成3898人死亡。")).isEmpty();
        assertThat(CountedEvidence.in("尾砂坝运行至今，我村患癌症和死亡总人数达50多人")).isEmpty();
        assertThat(count("全国都在关注。今天凌晨矿井透水，5人被困", Evidence.TRAPPED)).isEqualTo(5);
    }

    @Test
    void datesMoneyAndWordsThatHoldNumeralsAreNoCounts() {
        assertThat(CountedEvidence.in("2019年死亡率有所下降")).isEmpty();
        assertThat(CountedEvidence.in("千辛万苦上访多年没有结果")).isEmpty();
        assertThat(CountedEvidence.in("1084名工伤职工的补贴被挪用")).isEmpty();
        assertThat(CountedEvidence.in("老百姓住院要自付一大半")).isEmpty();
        assertThat(CountedEvidence.in("赔了3万多元的医药费，伤者还在住院")).isEmpty();
    }
}
