package org.huixiang.analysis.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.model.LabelMap;
import org.huixiang.analysis.model.RoutingModel;
import org.huixiang.analysis.model.SentimentModel;
import org.huixiang.analysis.model.TextClassifier;
import org.huixiang.common.config.AnalysisSettings;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.AnalyzedDocument;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.Document;
import org.huixiang.common.seeds.Seeds;

/**
 * Runs the {@link CountyAnalyzer} on each document. The analyzer holds HanLP dictionaries that are
 * not serializable, so only the seeds travel with the function and the analyzer is built in {@code
 * open()}. A document the analyzer cannot handle becomes a dead letter, not a failed job.
 */
public final class AnalyzeFunction extends ProcessFunction<Document, AnalyzedDocument> {

    private final Seeds seeds;
    private final AnalysisSettings models;
    private final OutputTag<DeadLetter> deadLetters;
    private transient CountyAnalyzer analyzer;

    public AnalyzeFunction(
            Seeds seeds, AnalysisSettings models, OutputTag<DeadLetter> deadLetters) {
        this.seeds = seeds;
        this.models = models;
        this.deadLetters = deadLetters;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        analyzer = new CountyAnalyzer(seeds, routingModel(), sentimentModel());
    }

    private RoutingModel routingModel() throws IOException {
        if (models.routingModel() == null) {
            return null;
        }
        Map<String, List<String>> labelMap =
                models.routingLabelMap() == null
                        ? Map.of()
                        : LabelMap.read(Path.of(models.routingLabelMap()), seeds);
        return RoutingModel.of(
                TextClassifier.load(Path.of(models.routingModel())), seeds, labelMap);
    }

    private SentimentModel sentimentModel() throws IOException {
        return models.sentimentModel() == null
                ? null
                : new SentimentModel(
                        TextClassifier.load(Path.of(models.sentimentModel())),
                        models.sentimentNegativeLabel());
    }

    @Override
    public void processElement(Document document, Context ctx, Collector<AnalyzedDocument> out) {
        try {
            out.collect(new AnalyzedDocument(document, analyzer.analyze(document)));
        } catch (RuntimeException e) {
            ctx.output(
                    deadLetters,
                    new DeadLetter(
                            DeadLetterReason.ANALYSIS_FAILED.code(),
                            e.toString(),
                            "analysis",
                            document.origin(),
                            Json.toBytes(document),
                            Instant.now()));
        }
    }
}
