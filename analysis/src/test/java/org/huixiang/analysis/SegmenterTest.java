package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

    private static Segmenter segmenter;

    @BeforeAll
    static void load() {
        segmenter = new Segmenter(SeedLoader.loadDefault().dictionaryTerms());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "庆符镇",
                "乡村振兴",
                "县人力资源社会保障局",
                "双随机一公开",
                "双随机、一公开",
                "县行政审批非公经济发展局",
                "县教育体育局",
                "拖欠工资"
            })
    void countyTermsStayWhole(String term) {
        List<String> words =
                segmenter.segment("听说" + term + "的事情，大家都很关心。").stream()
                        .map(Segmenter.Token::word)
                        .toList();
        assertThat(words).contains(term);
    }

    @Test
    void withoutTheCountyDictionaryTownNamesSplit() {
        List<String> words =
                new Segmenter(List.of())
                        .segment("庆符镇的道路").stream().map(Segmenter.Token::word).toList();
        assertThat(words).doesNotContain("庆符镇");
    }
}
