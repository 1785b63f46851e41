package org.huixiang.analysis.severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.huixiang.common.model.Author;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Engagement;
import org.huixiang.common.model.RiskLevel;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

class SeverityGraderTest {

    private static final SeverityGrader GRADER =
            new SeverityGrader(SeedLoader.loadDefault().severity());

    private static Document from(String source, Author author, Engagement engagement) {
        return Document.builder("d1", DocumentKind.POST, source, "1")
                .text("")
                .at(Instant.EPOCH)
                .author(author)
                .engagement(engagement)
                .contentHash("h")
                .build();
    }

    private static final Document PERSON =
            from("weibo", new Author("网友", "u", false, 80), Engagement.NONE);
    private static final Document NEWS = from("news", null, Engagement.NONE);

    private static SeverityGrader.Grade grade(Document d, String text) {
        return GRADER.grade(d, text, true, "");
    }

    @Test
    void casualtiesSetTheLevelsOfTheNationalGrading() {
        assertThat(grade(NEWS, "事故造成2人死亡").level()).isEqualTo(RiskLevel.IV);
        assertThat(grade(NEWS, "事故造成3人死亡").level()).isEqualTo(RiskLevel.III);
        assertThat(grade(NEWS, "事故造成10人死亡").level()).isEqualTo(RiskLevel.II);
        assertThat(grade(NEWS, "事故造成30人死亡").level()).isEqualTo(RiskLevel.I);
        assertThat(grade(NEWS, "事故造成50名学生受伤").level()).isEqualTo(RiskLevel.II);
        assertThat(grade(NEWS, "事故造成30人死亡").evidence())
                .anyMatch(e -> e.contains("30 人") && e.contains("第三条"));
    }

    @Test
    void aSinglePersonalPostIsNeverLevelIOnItsOwnWords() {
        SeverityGrader.Grade g = grade(PERSON, "听说矿里死了三十多人，已有31人死亡");
        assertThat(g.level()).isEqualTo(RiskLevel.II);
        assertThat(g.evidence()).anyMatch(e -> e.contains("未经媒体或政府来源证实"));
        Document bigAccount =
                from("weibo", new Author("某某发布", "v", true, 2_000_000), Engagement.NONE);
        assertThat(grade(bigAccount, "已有31人死亡").level()).isEqualTo(RiskLevel.I);
    }

    @Test
    void aGatheringIsGradedByItsSize() {
        assertThat(grade(PERSON, "几十户村民围在镇政府门口").level()).isEqualTo(RiskLevel.IV);
        assertThat(grade(PERSON, "数百名工人聚集讨薪").level()).isEqualTo(RiskLevel.III);
        assertThat(grade(PERSON, "上千名群众聚集").level()).isEqualTo(RiskLevel.II);
    }

    @Test
    void reachAloneMakesAPostGrave() {
        Document viral = from("weibo", null, new Engagement(6000, 3000, 4000, 0));
        SeverityGrader.Grade g = grade(viral, "路灯坏了没人修");
        assertThat(g.level()).isEqualTo(RiskLevel.III);
        assertThat(g.evidence()).anyMatch(e -> e.startsWith("传播"));
    }

    @Test
    void anOrdinaryComplaintIsLevelFourAndSaysWhy() {
        SeverityGrader.Grade g = grade(PERSON, "太气人了！物业乱收费，电梯坏了一个月没人修！！！");
        assertThat(g.level()).isEqualTo(RiskLevel.IV);
        assertThat(g.evidence()).singleElement().asString().startsWith("一般");
    }

    @Test
    void documentsThatAreNoAppealOrIncidentAreNotGraded() {
        SeverityGrader.Grade g = GRADER.grade(NEWS, "演练模拟30人受伤", false, "内容为常规");
        assertThat(g.level()).isEqualTo(RiskLevel.IV);
        assertThat(g.evidence()).singleElement().asString().contains("内容为常规");
    }
}
