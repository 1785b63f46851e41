package org.huixiang.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.huixiang.analysis.model.CharNgrams;
import org.huixiang.analysis.model.LabeledText;
import org.huixiang.analysis.model.TextClassifier;
import org.huixiang.analysis.model.TextClassifierTest;
import org.huixiang.common.config.AnalysisSettings;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis function with trained models configured: loaded in open(), used per document. */
class AnalyzeFunctionTest {

    @TempDir Path dir;

    @Test
    void usesTheConfiguredRoutingAndSentimentModels() throws Exception {
        Path routing = dir.resolve("routing.model");
        TextClassifier.train(
                        "routing", TextClassifierTest.sample(), TextClassifier.Options.defaults())
                .save(routing);
        Path labelMap = dir.resolve("labels.yaml");
        Files.writeString(labelMap, "交通: [县交通运输局]\n教育: [县教育体育局]\n环境: [县生态环境局]\n");
        List<LabeledText> feelings = new ArrayList<>();
        for (String good : List.of("服务很好", "非常满意", "办事效率高", "态度热情", "处理得很及时", "点个赞")) {
            feelings.add(new LabeledText(good, "pos"));
        }
        for (String bad : List.of("一拖再拖", "踢来踢去", "三个月没音讯", "电话永远占线", "让我们来回跑", "石沉大海")) {
            feelings.add(new LabeledText(bad, "neg"));
        }
        Path sentiment = dir.resolve("sentiment.model");
        // a tiny set: keep n-grams seen once, or the vocabulary would be empty
        TextClassifier.train(
                        "sentiment",
                        feelings,
                        new TextClassifier.Options(new CharNgrams(1, 3), 1, 4.0))
                .save(sentiment);

        AnalysisSettings models =
                new AnalysisSettings(
                        routing.toString(), labelMap.toString(), sentiment.toString(), "neg");
        try (OneInputStreamOperatorTestHarness<Document, AnalyzedDocument> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(
                        new AnalyzeFunction(
                                SeedLoader.loadDefault(), models, AnalysisStage.DEAD_LETTERS))) {
            harness.processElement(
                    Document.ofText(DocumentKind.MESSAGE, "12345", "反映的事情一拖再拖，电话永远占线", null), 0);
            Analysis a = harness.extractOutputValues().get(0).analysis();
            // the model decides (its label and margin), not the lexicon, which finds no cue here
            assertThat(a.sentiment().score()).isNegative();
            assertThat(a.sentiment().label()).isNotEqualTo(Sentiment.Label.POSITIVE);
            assertThat(a.sentiment().cues().get(0)).startsWith("模型 neg");
            assertThat(a.routing().reasons()).anyMatch(reason -> reason.contains("模型"));
        }
    }
}
