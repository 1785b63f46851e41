package org.huixiang.analysis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TextClassifierTest {

    @TempDir Path dir;

    public static List<LabeledText> sample() throws Exception {
        Path csv = Path.of(TextClassifierTest.class.getResource("/routing-sample.csv").toURI());
        return LabeledText.read(List.of(csv), "text", "label");
    }

    @Test
    void learnsFromASmallLabelledSetAndGeneralizesToNewPhrasings() throws Exception {
        TextClassifier model =
                TextClassifier.train("routing", sample(), TextClassifier.Options.defaults());
        assertThat(model.labels()).containsExactly("交通", "教育", "环境");
        List<LabeledText> unseen =
                List.of(
                        new LabeledText("学校的老师收补课费", "教育"),
                        new LabeledText("工厂排放的废水把河弄臭了", "环境"),
                        new LabeledText("这条公路坑洼太多，公交车也少", "交通"));
        List<String> predicted = unseen.stream().map(t -> model.predict(t.text()).label()).toList();
        Evaluation e = Evaluation.of(unseen.stream().map(LabeledText::label).toList(), predicted);
        assertThat(e.accuracy()).isEqualTo(1.0);
        Prediction p = model.predict("学校的老师收补课费");
        assertThat(p.probability()).isBetween(0.34, 1.0);
        assertThat(String.join("", p.evidence())).containsAnyOf("学", "校", "老师", "补课");
    }

    @Test
    void aSavedModelPredictsExactlyAsTheTrainedOne() throws Exception {
        TextClassifier model =
                TextClassifier.train("routing", sample(), TextClassifier.Options.defaults());
        Path file = dir.resolve("routing.model");
        model.save(file);
        TextClassifier loaded = TextClassifier.load(file);
        assertThat(loaded.task()).isEqualTo("routing");
        assertThat(loaded.labels()).isEqualTo(model.labels());
        for (String text : List.of("河里有死鱼", "校车超载", "红绿灯坏了", "完全无关的一句话\\n带反斜杠")) {
            Prediction a = model.predict(text);
            Prediction b = loaded.predict(text);
            assertThat(b.label()).isEqualTo(a.label());
            assertThat(b.probability())
                    .isCloseTo(a.probability(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void preSegmentedTextGivesTheSameFeaturesAsRawText() {
        CharNgrams ngrams = new CharNgrams(1, 3);
        assertThat(ngrams.count("工厂 偷排 废水")).isEqualTo(ngrams.count("工厂偷排废水"));
    }

    @Test
    void refusesAFileThatIsNotAModel() throws Exception {
        Path file = dir.resolve("not-a-model");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> TextClassifier.load(file))
                .hasMessageContaining("is not a huixiang model");
    }

    @Test
    void evaluationComputesMacroF1AndTheConfusionMatrix() {
        Evaluation e =
                Evaluation.of(List.of("a", "a", "b", "b"), List.of("a", "b", "b", "(unrouted)"));
        assertThat(e.accuracy()).isEqualTo(0.5);
        assertThat(e.perClass().get("a").precision()).isEqualTo(1.0);
        assertThat(e.perClass().get("a").recall()).isEqualTo(0.5);
        assertThat(e.perClass().get("b").precision()).isEqualTo(0.5);
        assertThat(e.macroF1())
                .isCloseTo((2 / 3.0 + 0.5) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.confusion().get("b")).containsEntry("(unrouted)", 1);
    }
}
