package org.huixiang.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.huixiang.common.model.TextSignals;
import org.junit.jupiter.api.Test;

class TextSignalExtractorTest {

    @Test
    void takesLinksOutAndCollectsMentionsHashtagsAndEmoticons() {
        TextSignalExtractor.Extracted e =
                TextSignalExtractor.extract(
                        "#高县停水# 又停水了[怒][怒] @高县发布 @县水利局 快管管 https://weibo.example/p/123?from=share 详见 http://t.cn/abc");
        assertThat(e.text()).isEqualTo("#高县停水# 又停水了[怒][怒] @高县发布 @县水利局 快管管 详见");
        TextSignals s = e.signals();
        assertThat(s.urls())
                .containsExactly("https://weibo.example/p/123?from=share", "http://t.cn/abc");
        assertThat(s.mentions()).containsExactly("高县发布", "县水利局");
        assertThat(s.hashtags()).containsExactly("高县停水");
        assertThat(s.emoticons()).containsExactly("[怒]");
    }

    @Test
    void anEmailAddressIsNotAMention() {
        assertThat(TextSignalExtractor.extract("请回复 g***@example.com 谢谢").signals().mentions())
                .isEmpty();
    }

    @Test
    void plainTextHasNoSignals() {
        assertThat(TextSignalExtractor.extract("路灯坏了").signals()).isEqualTo(TextSignals.NONE);
    }
}
