package org.huixiang.analysis.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.seeds.NationalGazetteer;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JurisdictionJudgeTest {

    private static Seeds seeds;
    private static JurisdictionJudge judge;

    @BeforeAll
    static void load() {
        seeds = SeedLoader.loadDefault();
        judge = new JurisdictionJudge(seeds, NationalGazetteer.packaged());
    }

    private static JurisdictionJudge.Judgement post(String text) {
        return judge.judge(text, null, DocumentKind.POST, "weibo");
    }

    private static JurisdictionJudge.Judgement post(String text, String location) {
        return judge.judge(text, location, DocumentKind.POST, "weibo");
    }

    @Test
    void everyOfficialTownByItsFullNameIsLocalAndIsItsTown() {
        for (String town : seeds.county().towns()) {
            JurisdictionJudge.Judgement j = post(town + "街上的下水道堵了好几天");
            assertThat(j.jurisdiction().scope()).as(town).isEqualTo(JurisdictionScope.LOCAL);
            assertThat(j.town()).as(town).contains(town);
        }
    }

    @Test
    void theCountyNamedIsLocal() {
        JurisdictionJudge.Judgement j = post("高县县医院门口的红绿灯坏了");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(j.jurisdiction().names()).contains("高县县城".substring(0, 2));
    }

    @Test
    void theCountysNameInsideAWordIsNoPlace() {
        assertThat(post("要进一步提高县级医院的服务能力").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.UNKNOWN);
        assertThat(post("全力提高县域经济发展质量").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.UNKNOWN);
    }

    @Test
    void townAliasesThatAreCommonWordsOrIdiomsAreNoPlace() {
        assertThat(post("为实现中华民族伟大复兴而奋斗").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.UNKNOWN);
        assertThat(post("我一直相信人定胜天").jurisdiction().scope()).isEqualTo(JurisdictionScope.UNKNOWN);
        assertThat(post("博物馆里展出了一支老式来复枪").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.UNKNOWN);
        assertThat(post("我们一起去看了文艺复兴时期的油画展").town()).isEmpty();
    }

    @Test
    void aVillageOnlyTheCountyHasIsLocalAndMapsToItsTown() {
        JurisdictionJudge.Judgement j = post("籁笏村的水管爆了两天还没人来修");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(j.town()).contains("文江镇");
    }

    @Test
    void aVillageNameThatManyProvincesShareDecidesNothingAlone() {
        JurisdictionJudge.Judgement alone = post("胜利村的路灯坏了");
        assertThat(alone.jurisdiction().scope()).isEqualTo(JurisdictionScope.UNKNOWN);
        assertThat(alone.jurisdiction().reasons()).anyMatch(r -> r.contains("胜利村"));
        JurisdictionJudge.Judgement withCounty = post("高县胜利村的路灯坏了");
        assertThat(withCounty.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(withCounty.town()).contains("文江镇");
    }

    @Test
    void theCountySeatOfAnotherCountyIsElsewhere() {
        JurisdictionJudge.Judgement j = post("兴文县县城今天大面积停水");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
        assertThat(j.jurisdiction().names()).contains("兴文县");
        assertThat(j.town()).isEmpty();
    }

    @Test
    void aNeighbouringCountysTownIsElsewhere() {
        JurisdictionJudge.Judgement j = post("珙县巡场镇一煤矿发生瓦斯爆炸");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
        assertThat(j.jurisdiction().names()).contains("珙县", "巡场镇");
        assertThat(j.jurisdiction().reasons()).anyMatch(r -> r.contains("四川省宜宾市"));
    }

    @Test
    void aTownNameOfTheCountyBelongsToTheOtherPlaceTheTextNames() {
        JurisdictionJudge.Judgement j = post("北京昌平沙河镇的一个仓库起火了");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
        assertThat(j.jurisdiction().reasons())
                .anyMatch(r -> r.contains("沙河镇") && r.contains("北京市昌平区"));
    }

    @Test
    void aTownNameAndAnotherPlaceWithoutSuchATownStayLocal() {
        JurisdictionJudge.Judgement j = post("我在成都打工，老家复兴镇的桥被洪水冲断了");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(j.town()).contains("复兴镇");
        assertThat(j.jurisdiction().reasons())
                .anyMatch(r -> r.contains("另提及外地") && r.contains("成都"));
    }

    @Test
    void aPostNamingTheCountyAndBeijingIsTheCountys() {
        JurisdictionJudge.Judgement j = post("北京的专家今天到高县可久镇查看滑坡隐患点");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(j.town()).contains("可久镇");
    }

    @Test
    void thePrefectureOrProvinceAloneIsRegional() {
        assertThat(post("宜宾今天暴雨，多条道路积水").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.REGIONAL);
        assertThat(post("四川多地出现强降雨").jurisdiction().scope()).isEqualTo(JurisdictionScope.REGIONAL);
    }

    @Test
    void otherCitiesAndProvincesByTheirShortNamesAreElsewhere() {
        assertThat(post("南京一小区昨夜起火").jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
        assertThat(post("贵州毕节连降大雨").jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
    }

    @Test
    void aShortNameThatIsAnEverydayWordIsNoPlace() {
        assertThat(post("祝大家新年平安安康").jurisdiction().scope()).isEqualTo(JurisdictionScope.UNKNOWN);
    }

    @Test
    void theLocationDecidesWhenTheTextNamesNoPlace() {
        JurisdictionJudge.Judgement local = post("家门口的垃圾一周没人收了", "四川省宜宾市高县沙河镇");
        assertThat(local.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(local.town()).contains("沙河镇");
        assertThat(post("家门口的垃圾一周没人收了", "广西南宁市").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.ELSEWHERE);
        assertThat(post("家门口的垃圾一周没人收了", null).jurisdiction().scope())
                .isEqualTo(JurisdictionScope.UNKNOWN);
    }

    @Test
    void theTextWinsOverTheLocation() {
        JurisdictionJudge.Judgement j = post("成都武侯区这条路修了一年了", "四川省宜宾市高县庆符镇");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
    }

    @Test
    void aCitizenMessageCameThroughTheCountysOwnChannel() {
        JurisdictionJudge.Judgement j =
                judge.judge("A市某小区物业乱收费", "某小区", DocumentKind.MESSAGE, "12345");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(j.jurisdiction().reasons()).anyMatch(r -> r.contains("12345"));
        assertThat(judge.judge("月江镇的班车停了", null, DocumentKind.MESSAGE, "12345").town())
                .isEqualTo(Optional.of("月江镇"));
    }

    @Test
    void anAccountNameIsNoPlaceUnlessItIsTheCountysOwn() {
        assertThat(post("#海宁潮音乐节#马上开始 @DJ嘉乐 [哈哈]").jurisdiction().scope())
                .isNotEqualTo(JurisdictionScope.LOCAL);
        assertThat(post("@嘉乐小吃 今天的豆花真好吃").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.UNKNOWN);
        assertThat(post("@高县发布 这边手机信号差得很").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.LOCAL);
    }

    @Test
    void aTownsShortNameBesidePlacesElsewhereIsTheirs() {
        JurisdictionJudge.Judgement j = post("海宁潮音乐节请来了嘉乐乐队，浙江的朋友来看");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
        assertThat(post("嘉乐街上的路灯坏了半个月").jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(post("从成都回高县嘉乐，路上堵了三个小时").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.LOCAL);
    }

    @Test
    void theCountyNamedOnlyAsWhereSomeoneComesFromIsNotOurs() {
        JurisdictionJudge.Judgement j = post("一辆从高县开出的货车在江安县境内侧翻，司机受了轻伤");
        assertThat(j.jurisdiction().scope()).isEqualTo(JurisdictionScope.ELSEWHERE);
        assertThat(j.jurisdiction().reasons()).anyMatch(r -> r.contains("来处"));
        // going to the county, or coming from elsewhere to it, is the county's
        assertThat(post("从江安县过来的货车在高县罗场镇侧翻了").jurisdiction().scope())
                .isEqualTo(JurisdictionScope.LOCAL);
    }

    @Test
    void aTownNamedInFullWinsOverTheCountySeatsNickname() {
        assertThat(post("县城月江镇这边的菜市场污水横流").town()).contains("月江镇");
        assertThat(post("县城的菜市场污水横流", "四川省宜宾市高县").town()).contains("庆符镇");
    }
}
