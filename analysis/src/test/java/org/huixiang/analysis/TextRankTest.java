package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextRankTest {

    @Test
    void theWordTheTextKeepsReturningToRanksFirst() {
        // 物业 sits next to every other word; the others meet only through it
        List<String> candidates = List.of("物业", "电梯", "物业", "停车", "物业", "噪音", "物业", "垃圾", "物业");

        assertThat(TextRank.keywords(candidates, 2, Set.of())).first().isEqualTo("物业");
    }

    @Test
    void wordsTheGraphScoresAlikeKeepTheirOrderInTheText() {
        assertThat(TextRank.keywords(List.of("小区", "停水"), 2, Set.of())).containsExactly("小区", "停水");
        assertThat(TextRank.keywords(List.of("停水", "小区"), 2, Set.of())).containsExactly("停水", "小区");
    }

    @Test
    void countyTermsAreBoostedAboveBetterLinkedWords() {
        List<String> candidates = List.of("物业", "电梯", "物业", "停车", "物业", "庆符镇");

        assertThat(TextRank.keywords(candidates, 1, Set.of("庆符镇"))).containsExactly("庆符镇");
    }

    @Test
    void aWordRepeatedAloneHasNoLinksAndStillCounts() {
        assertThat(TextRank.keywords(List.of("停水", "停水", "停水"), 8, Set.of())).containsExactly("停水");
        assertThat(TextRank.keywords(List.of(), 8, Set.of())).isEmpty();
    }

    @Test
    void atMostTheAskedNumberOfDistinctWords() {
        List<String> candidates = List.of("甲方", "乙方", "丙方", "丁方", "甲方", "戊方", "己方");

        assertThat(TextRank.keywords(candidates, 4, Set.of())).hasSize(4).doesNotHaveDuplicates();
    }
}
