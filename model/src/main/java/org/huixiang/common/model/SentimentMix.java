package org.huixiang.common.model;

import java.io.Serializable;

/** How many contributing documents were negative, neutral and positive. */
public record SentimentMix(int negative, int neutral, int positive) implements Serializable {

    public static final SentimentMix NONE = new SentimentMix(0, 0, 0);

    public SentimentMix plus(Sentiment.Label label) {
        return switch (label) {
            case NEGATIVE -> new SentimentMix(negative + 1, neutral, positive);
            case NEUTRAL -> new SentimentMix(negative, neutral + 1, positive);
            case POSITIVE -> new SentimentMix(negative, neutral, positive + 1);
        };
    }
}
