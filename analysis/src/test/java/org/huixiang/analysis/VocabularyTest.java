package org.huixiang.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void eachColumnAnswersForItsOwnWordsOnly() {
        Vocabulary.Builder words = Vocabulary.builder();
        Vocabulary.Column<Double> urgency = words.add(Map.of("爆炸", 0.4, "伤亡", 0.5));
        Vocabulary.Column<Boolean> stop = words.add(List.of("的", "爆炸"));
        Vocabulary vocabulary = words.build();

        Vocabulary.Lookup looked = vocabulary.lookUp(List.of("工厂", "爆炸", "的", "伤亡"));

        assertThat(looked.size()).isEqualTo(4);
        assertThat(looked.token(1)).isEqualTo("爆炸");
        assertThat(looked.get(0, urgency)).isNull();
        assertThat(looked.has(0, stop)).isFalse();
        assertThat(looked.get(1, urgency)).isEqualTo(0.4);
        assertThat(looked.has(1, stop)).isTrue();
        assertThat(looked.get(2, urgency)).isNull();
        assertThat(looked.has(2, stop)).isTrue();
        assertThat(looked.get(3, urgency)).isEqualTo(0.5);
        assertThat(looked.has(3, stop)).isFalse();
    }

    @Test
    void aColumnOfAnotherVocabularyIsRefused() {
        Vocabulary.Builder mine = Vocabulary.builder();
        mine.add(List.of("的"));
        Vocabulary.Builder theirs = Vocabulary.builder();
        Vocabulary.Column<Boolean> foreign = theirs.add(List.of("的"));
        theirs.build();

        Vocabulary.Lookup looked = mine.build().lookUp(List.of("的"));

        assertThatThrownBy(() -> looked.has(0, foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same builder");
    }

    @Test
    void tablesComeBeforeTheBuild() {
        Vocabulary.Builder words = Vocabulary.builder();
        words.build();

        assertThatThrownBy(() -> words.add(List.of("的"))).isInstanceOf(IllegalStateException.class);
    }
}
