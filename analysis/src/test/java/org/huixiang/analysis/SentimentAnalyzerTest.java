package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentAnalyzerTest {

    private static Segmenter segmenter;
    private static SentimentAnalyzer sentiment;
    private static Vocabulary vocabulary;

    @BeforeAll
    static void load() {
        SentimentLexicon lexicon = SentimentLexicon.load();
        java.util.Set<String> terms =
                new java.util.HashSet<>(SeedLoader.loadDefault().dictionaryTerms());
        terms.addAll(lexicon.terms());
        segmenter = new Segmenter(terms);
        Vocabulary.Builder words = Vocabulary.builder();
        sentiment = new SentimentAnalyzer(lexicon, words);
        vocabulary = words.build();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            感谢交通局，路修好了，非常满意                     | POSITIVE
            投诉了三次还是没人管，太气愤了                       | NEGATIVE
            对窗口的服务很不满意                               | NEGATIVE
            公司从不拖欠工资                                   | POSITIVE
            味道不错，就是送得太慢了，饭都凉了                   | NEGATIVE
            虽然等了很久，但是问题解决了，感谢                   | POSITIVE
            没有汤，差评                                       | NEGATIVE
            今天下午三点开会                                   | NEUTRAL
            请问办证要交多少钱                                  | NEUTRAL
            饭不错，就是速度太慢了                              | NEGATIVE
            又停水了[怒]                                       | NEGATIVE
            出去玩了一天[哈哈]                                  | POSITIVE
            """)
    void readsNegationContrastAndEmoticons(String text, Sentiment.Label expected) {
        List<String> tokens = segmenter.segment(text).stream().map(Segmenter.Token::word).toList();
        assertThat(sentiment.analyze(vocabulary.lookUp(tokens), text).label())
                .as(tokens.toString())
                .isEqualTo(expected);
    }
}
