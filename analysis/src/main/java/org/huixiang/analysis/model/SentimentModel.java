package org.huixiang.analysis.model;

import java.util.ArrayList;
import java.util.List;
import org.huixiang.common.model.Sentiment;

/**
 * A trained sentiment classifier read as a {@link Sentiment}: the score is the model's margin,
 * signed negative for the negative label; an unsure model (below {@link #SURE}) says neutral.
 */
public final class SentimentModel {

    static final double SURE = 0.6;

    private final TextClassifier classifier;
    private final String negativeLabel;

    public SentimentModel(TextClassifier classifier, String negativeLabel) {
        if (!classifier.labels().contains(negativeLabel)) {
            throw new IllegalArgumentException(
                    "the sentiment model's labels "
                            + classifier.labels()
                            + " do not include the negative label '"
                            + negativeLabel
                            + "'; set analysis.sentiment_negative_label");
        }
        this.classifier = classifier;
        this.negativeLabel = negativeLabel;
    }

    public Sentiment judge(String text) {
        Prediction p = classifier.predict(text);
        boolean negative = p.label().equals(negativeLabel);
        double score = (negative ? -1 : 1) * (2 * p.probability() - 1);
        Sentiment.Label label =
                p.probability() < SURE
                        ? Sentiment.Label.NEUTRAL
                        : negative ? Sentiment.Label.NEGATIVE : Sentiment.Label.POSITIVE;
        List<String> cues = new ArrayList<>();
        cues.add(String.format("模型 %s %.2f", p.label(), p.probability()));
        cues.addAll(p.evidence());
        return new Sentiment(Math.round(score * 1000) / 1000.0, label, List.copyOf(cues));
    }
}
