package org.huixiang.analysis.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.Sentiment;
import org.junit.jupiter.api.Test;

class ContentClassifierTest {

    private static final ContentClassifier CLASSIFIER = new ContentClassifier();
    private static final Sentiment NEUTRAL = new Sentiment(0, Sentiment.Label.NEUTRAL, List.of());
    private static final Sentiment POSITIVE =
            new Sentiment(0.6, Sentiment.Label.POSITIVE, List.of("点赞"));
    private static final Sentiment NEGATIVE =
            new Sentiment(-0.6, Sentiment.Label.NEGATIVE, List.of("失望"));

    private static ContentLabel label(String text) {
        return label(text, NEUTRAL, false);
    }

    private static ContentLabel label(String text, Sentiment sentiment, boolean topic) {
        return CLASSIFIER.classify(RepostText.of(text), null, sentiment, topic).label();
    }

    @Test
    void postsWithoutWordsOfTheirOwnAreNoSpeech() {
        assertThat(label("[心][心][赞]")).isEqualTo(ContentLabel.EMOJI_ONLY);
        assertThat(label("转发微博")).isEqualTo(ContentLabel.EMPTY);
        assertThat(label("嗯嗯")).isEqualTo(ContentLabel.EMPTY);
        assertThat(label("//@老王: //@小李:转发微博")).isEqualTo(ContentLabel.REPOST_CHAIN);
        assertThat(label("[哈哈]//@老王:[哈哈]//@小李:[哈哈]")).isEqualTo(ContentLabel.EMOJI_ONLY);
    }

    @Test
    void calmAppealsAboutPublicMattersAreAppeals() {
        assertThat(label("我们组的水渠垮了一截，秧田灌不上水，已经跟村里说过两回了")).isEqualTo(ContentLabel.APPEAL);
        assertThat(label("镇上的卫生院晚上没有医生值班，孩子半夜发烧只能往外跑")).isEqualTo(ContentLabel.APPEAL);
        assertThat(label("小区门口的井盖丢了快一周，昨晚有个骑车的摔进去受了伤")).isEqualTo(ContentLabel.APPEAL);
        assertThat(label("村干部把低保名额给了自己亲戚，真正困难的人没评上")).isEqualTo(ContentLabel.APPEAL);
    }

    @Test
    void reportedAccidentsAndDisastersAreIncidents() {
        Content c =
                CLASSIFIER.classify(
                        RepostText.of("昨夜暴雨引发山体滑坡，掩埋了通往村里的唯一一条路"), null, NEUTRAL, false);
        assertThat(c.label()).isEqualTo(ContentLabel.INCIDENT);
        assertThat(c.cues()).anyMatch(cue -> cue.contains("滑坡"));
    }

    @Test
    void alarmingWordsUsedAsHyperboleAreChatter() {
        assertThat(label("期末复习资料多到爆炸，感觉自己要挂了")).isEqualTo(ContentLabel.CHATTER);
        assertThat(label("加班到凌晨两点，累死了，明天还要早起")).isEqualTo(ContentLabel.CHATTER);
        assertThat(label("男朋友又放我鸽子，气炸了")).isEqualTo(ContentLabel.CHATTER);
        assertThat(label("我的手机屏幕碎了，修一下要八百块", NEGATIVE, false)).isEqualTo(ContentLabel.CHATTER);
    }

    @Test
    void drillsAnnouncementsQuestionsAndPraiseAreRoutine() {
        assertThat(label("县消防大队在中学开展火灾疏散演练，模拟教学楼起火")).isEqualTo(ContentLabel.ROUTINE);
        assertThat(label("停水通知：因管网检修，明天8:00至18:00计划停水，请居民提前储水")).isEqualTo(ContentLabel.ROUTINE);
        assertThat(label("请问新生儿医保在哪里办理？需要带户口本吗？", NEUTRAL, true)).isEqualTo(ContentLabel.ROUTINE);
        assertThat(label("新修的滨河步道灯光很漂亮，晚上散步的人特别多，点赞", POSITIVE, false))
                .isEqualTo(ContentLabel.ROUTINE);
    }

    @Test
    void theGovernmentsReportOfItsOwnWorkIsRoutineThoughItNamesProblems() {
        assertThat(label("县里召开安全生产工作会议，部署隐患排查整治工作", NEUTRAL, true)).isEqualTo(ContentLabel.ROUTINE);
        assertThat(label("开展防溺水安全教育进村入户，提醒家长看管好孩子", NEUTRAL, true)).isEqualTo(ContentLabel.ROUTINE);
        assertThat(label("开展了三次专项整治，工地的噪音到现在还是没人管", NEUTRAL, true)).isEqualTo(ContentLabel.APPEAL);
    }

    @Test
    void wantingSaysAProblemOnlyOfSomethingPublic() {
        assertThat(label("下雨了，今天只能在家躺着，好几天没出门")).isEqualTo(ContentLabel.CHATTER);
        assertThat(label("被蚊子咬了八个包，夏天真是要命")).isEqualTo(ContentLabel.CHATTER);
        assertThat(label("村小只剩一个老师教三个年级，娃儿只能去镇上读")).isEqualTo(ContentLabel.APPEAL);
        assertThat(label("小区垃圾站天天没人清，苍蝇蚊子到处飞")).isEqualTo(ContentLabel.APPEAL);
    }

    @Test
    void aQuestionOfHowToIsNoDemandAndAMissingNoticeIsNoNotice() {
        assertThat(label("请问办理居住证怎么办理？要带什么材料", NEUTRAL, true)).isEqualTo(ContentLabel.ROUTINE);
        assertThat(label("村里停电两天了，事先也不通知一声，冰箱里的肉全坏了", NEUTRAL, true))
                .isEqualTo(ContentLabel.APPEAL);
        assertThat(label("小区停气一整天，连个通知都没有", NEUTRAL, true)).isEqualTo(ContentLabel.APPEAL);
        // a notice given stays one
        assertThat(label("停电通知：明天线路检修，8:00至12:00停电", NEUTRAL, true))
                .isEqualTo(ContentLabel.ROUTINE);
    }

    @Test
    void sellingIsAnAd() {
        assertThat(label("新店开业限时优惠，全场八折，扫码加微信还送小礼品")).isEqualTo(ContentLabel.AD);
    }

    @Test
    void aRepostIsJudgedOnItsOwnWordsAndTheOriginalOnce() {
        RepostText repost = RepostText.of("太气人了//@张三:转发微博//@李四:回复@王五:村里的饮用水源被养猪场污染了");
        assertThat(repost.own()).isEqualTo("太气人了");
        assertThat(repost.original()).isEqualTo("村里的饮用水源被养猪场污染了");
        assertThat(repost.judged()).isEqualTo("太气人了\n村里的饮用水源被养猪场污染了");
        assertThat(RepostText.of("没有转发的普通帖子").chained()).isFalse();
    }
}
