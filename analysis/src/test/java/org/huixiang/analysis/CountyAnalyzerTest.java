package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.Author;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountyAnalyzerTest {

    private static CountyAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new CountyAnalyzer(SeedLoader.loadDefault());
    }

    static Document post(String text, String location, Engagement engagement) {
        return Document.builder("id", DocumentKind.POST, "weibo", "1")
                .text(text)
                .publishedAt(Instant.parse("2026-11-20T00:00:00Z"))
                .ingestedAt(Instant.parse("2026-11-20T00:01:00Z"))
                .author(new Author("网友", "u1", false, 100))
                .engagement(engagement)
                .location(location)
                .contentHash("h")
                .build();
    }

    @Test
    void wageArrearsGoToHumanResourcesWithTheTownCoResponsible() {
        Analysis a =
                analyzer.analyze(
                        post(
                                "庆符镇某工地老板拖欠工资半年了，我们几十个农民工讨薪无门，多次找人社局都没人管，太气愤了！",
                                null,
                                Engagement.NONE));
        assertThat(a.topics()).extracting("id").contains("labor-rights");
        assertThat(a.routing().leadUnit()).isEqualTo("县人力资源社会保障局");
        assertThat(a.routing().responsibleUnits()).contains("庆符镇人民政府");
        assertThat(a.routing().unrouted()).isFalse();
        assertThat(a.region()).isEqualTo("庆符镇");
        assertThat(a.sentiment().label()).isEqualTo(Sentiment.Label.NEGATIVE);
        assertThat(a.jurisdiction().scope()).isEqualTo(JurisdictionScope.LOCAL);
        assertThat(a.content().label()).isEqualTo(ContentLabel.APPEAL);
        assertThat(a.risk().level())
                .as("an ordinary complaint, however angry, is 一般")
                .isEqualTo(RiskLevel.IV);
        assertThat(a.risk().levelEvidence()).anyMatch(e -> e.startsWith("一般"));
        assertThat(a.routing().reasons()).anyMatch(r -> r.contains("拖欠工资"));
    }

    @Test
    void schoolPoisoningThatSpreadsWidelyIsGraveByItsReach() {
        Analysis a =
                analyzer.analyze(
                        post(
                                "紧急！文江镇一所小学食堂发生学生食物中毒，已有学生死亡，家长聚集在学校门口",
                                null,
                                new Engagement(3000, 2000, 8000, 500000)));
        assertThat(a.topics()).extracting("id").contains("education");
        assertThat(a.risk().level()).isEqualTo(RiskLevel.III);
        assertThat(a.risk().levelEvidence()).anyMatch(e -> e.startsWith("传播"));
        assertThat(a.risk().reasons()).anyMatch(r -> r.contains("中毒") || r.contains("死亡"));
    }

    @Test
    void casualtiesOnTheNationalScaleSetTheLevelWithTheirSource() {
        Analysis a =
                analyzer.analyze(post("文江镇一煤矿发生透水事故，已造成12人死亡，另有5人被困井下", null, Engagement.NONE));
        assertThat(a.risk().level()).isEqualTo(RiskLevel.II);
        assertThat(a.risk().levelEvidence())
                .anyMatch(e -> e.contains("12 人") && e.contains("生产安全事故报告和调查处理条例"));
    }

    @Test
    void keywordsAreTheTermsTheTextIsAbout() {
        Analysis a =
                analyzer.analyze(
                        post(
                                "沙河镇自来水厂的自来水发黄，自来水有异味，居民不敢喝自来水，水厂说水质检测合格，但是自来水问题一直没解决，请县水利局检测水质。",
                                null,
                                Engagement.NONE));
        assertThat(a.keywords()).hasSizeLessThanOrEqualTo(8).contains("自来水", "水质", "沙河镇");
        assertThat(a.keywords().get(0)).isIn("自来水", "水质");
    }

    @Test
    void praiseIsPositiveAndLowRisk() {
        Analysis a = analyzer.analyze(post("感谢县交通运输局，我们村的通村公路修好了，非常满意，点赞！", null, Engagement.NONE));
        assertThat(a.sentiment().label()).isEqualTo(Sentiment.Label.POSITIVE);
        assertThat(a.risk().level()).isEqualTo(RiskLevel.IV);
        assertThat(a.routing().leadUnit()).isEqualTo("县交通运输局");
    }

    @Test
    void negatedPraiseIsNegative() {
        Analysis a = analyzer.analyze(post("对办事大厅的服务很不满意，态度恶劣", null, Engagement.NONE));
        assertThat(a.sentiment().label()).isEqualTo(Sentiment.Label.NEGATIVE);
    }

    @Test
    void textWithoutTopicGoesToTheDefaultUnitFlaggedUnrouted() {
        Analysis a = analyzer.analyze(post("今天天气不错，出去走走。", null, Engagement.NONE));
        assertThat(a.topics()).isEmpty();
        assertThat(a.routing().unrouted()).isTrue();
        assertThat(a.routing().leadUnit()).isEqualTo("县政府办公室");
    }

    @Test
    void theTownInTheTextWinsOverTheWritersAddress() {
        Analysis a = analyzer.analyze(post("罗场镇河道清淤什么时候开始？", "高县胜天镇红岩村", Engagement.NONE));
        assertThat(a.region()).isEqualTo("罗场镇");
    }

    @Test
    void locationFieldDecidesTheRegionWhenTheTextNamesNoTown() {
        Analysis a = analyzer.analyze(post("小区物业乱收费，业主意见很大", "高县嘉乐镇XX小区", Engagement.NONE));
        assertThat(a.region()).isEqualTo("嘉乐镇");
        assertThat(a.routing().leadUnit()).as(a.tokens() + " " + a.topics()).isEqualTo("县住建城管局");
    }

    @Test
    void aRepostIsJudgedOnItsOwnWordsAndTheOriginalWithTheChainsEmoticons() {
        Analysis a =
                analyzer.analyze(
                        post(
                                "转发微博//@甲:庆符镇的拖欠工资问题还没解决[怒]//@乙:县人社局什么时候管管//@丙:今天天气不错",
                                null,
                                Engagement.NONE));
        // the reposters between (甲, 乙) add no words to judge, but their feeling counts
        assertThat(a.tokens()).doesNotContain("人社局", "县人社局");
        assertThat(a.tokens()).contains("天气");
        assertThat(a.sentiment().cues()).contains("[怒]");
    }
}
