package org.huixiang.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void stripsMarkupAndScriptsAndDecodesEntities() {
        assertThat(
                        TextNormalizer.normalize(
                                "<div>路灯坏了<script>alert('x')</script><br>&lt;急&gt;&#26080;&nbsp;人修</div>"))
                .isEqualTo("路灯坏了\n<急>无 人修");
    }

    @Test
    void convertsTraditionalToSimplified() {
        assertThat(TextNormalizer.normalize("學校門口的馬路")).isEqualTo("学校门口的马路");
    }

    @Test
    void makesFullWidthLettersAndDigitsHalfWidthButKeepsChinesePunctuation() {
        assertThat(TextNormalizer.normalize("ＡＢＣ１２３，电话！")).isEqualTo("ABC123，电话！");
    }

    @Test
    void removesInvisibleCharactersAndCollapsesWhitespace() {
        assertThat(TextNormalizer.normalize("停\u200b水\u0007了   三天\r\n\r\n\r\n没人管\u3000"))
                .isEqualTo("停水了 三天\n没人管");
    }

    @Test
    void keepsEmoticonsAndHashtags() {
        assertThat(TextNormalizer.normalize("#高县# 太气人了[怒]")).isEqualTo("#高县# 太气人了[怒]");
    }
}
