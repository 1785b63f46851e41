package org.huixiang.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.huixiang.analysis.Segmenter;
import org.huixiang.common.model.DocumentEvent;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventIndexTest {

    static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    static Segmenter segmenter;

    @BeforeAll
    static void load() {
        segmenter = new Segmenter(SeedLoader.loadDefault().dictionaryTerms());
    }

    static long fingerprint(String text) {
        return SimHash.of(segmenter.segment(text).stream().map(Segmenter.Token::word).toList());
    }

    static final String ORIGINAL =
            "庆符镇南街一家化工厂昨晚发生爆炸，现场浓烟滚滚，附近居民听到巨响后纷纷跑出家门，目前已有三人受伤被送往县医院救治，事故原因正在调查中";

    @Test
    void repostsWithSmallChangesAreCloseAndOtherTextsAreFar() {
        long a = fingerprint(ORIGINAL);
        long repost = fingerprint("转发：" + ORIGINAL + "！");
        long other = fingerprint("文江镇中学新建的校园操场投入使用了，学生们终于有了标准跑道，家长都很满意");
        assertThat(SimHash.distance(a, repost)).isLessThanOrEqualTo(EventIndex.MAX_DISTANCE);
        assertThat(SimHash.distance(a, other)).isGreaterThan(10);
        assertThat(SimHash.hex(a)).hasSize(16);
    }

    @Test
    void theFirstSourceIsTheEarliestPublishedNotTheFirstToArrive() {
        EventIndex index = new EventIndex(Duration.ofHours(72));
        // a repost crawled first, the original (published an hour earlier) arriving after it
        DocumentEvent repost =
                index.assign(fingerprint("转发：" + ORIGINAL), "d1", "douyin", T0.plusSeconds(3600));
        DocumentEvent original = index.assign(fingerprint(ORIGINAL), "d2", "weibo", T0);
        DocumentEvent later =
                index.assign(fingerprint(ORIGINAL + "！！"), "d3", "wechat", T0.plusSeconds(7200));

        assertThat(repost.firstSource()).isEqualTo("douyin");
        assertThat(original.id()).as("the event keeps its id").isEqualTo("d1");
        assertThat(original.firstSource()).isEqualTo("weibo");
        assertThat(original.firstSeen()).isEqualTo(T0);
        assertThat(later.firstSource()).isEqualTo("weibo");
        assertThat(later.similarCount()).isEqualTo(2);
    }

    @Test
    void nearDuplicatesShareAnEventThatKeepsItsFirstSourceAndCountsMembers() {
        EventIndex index = new EventIndex(Duration.ofHours(72));
        DocumentEvent first = index.assign(fingerprint(ORIGINAL), "d1", "weibo", T0);
        DocumentEvent second =
                index.assign(fingerprint("转发：" + ORIGINAL), "d2", "douyin", T0.plusSeconds(60));
        DocumentEvent third =
                index.assign(fingerprint(ORIGINAL + "！！"), "d3", "wechat", T0.plusSeconds(120));
        DocumentEvent unrelated =
                index.assign(
                        fingerprint("沙河镇的路灯坏了一个月没人修，晚上走路很危险"), "d4", "12345", T0.plusSeconds(180));

        assertThat(first).isEqualTo(new DocumentEvent("d1", "weibo", T0, 0));
        assertThat(second.id()).isEqualTo("d1");
        assertThat(second.firstSource()).isEqualTo("weibo");
        assertThat(third.similarCount()).isEqualTo(2);
        assertThat(unrelated.id()).isEqualTo("d4");
    }

    @Test
    void documentsOutsideTheWindowStartANewEvent() {
        EventIndex index = new EventIndex(Duration.ofHours(72));
        index.assign(fingerprint(ORIGINAL), "d1", "weibo", T0);
        DocumentEvent later =
                index.assign(fingerprint(ORIGINAL), "d9", "news", T0.plus(Duration.ofDays(4)));
        assertThat(later.id()).isEqualTo("d9");
        assertThat(later.similarCount()).isZero();
    }

    @Test
    void aRestoredIndexContinuesTheSameEvents() {
        EventIndex index = new EventIndex(Duration.ofHours(72));
        index.assign(fingerprint(ORIGINAL), "d1", "weibo", T0);
        index.assign(fingerprint(ORIGINAL + "！"), "d2", "weibo", T0.plusSeconds(5));
        List<EventIndex.Entry> saved = index.entries();
        EventIndex restored = EventIndex.restore(Duration.ofHours(72), saved);
        DocumentEvent next =
                restored.assign(fingerprint("转发：" + ORIGINAL), "d3", "news", T0.plusSeconds(10));
        assertThat(next.id()).isEqualTo("d1");
        assertThat(next.similarCount()).isEqualTo(2);
    }
}
