package org.huixiang.common.model;

import java.io.Serializable;
import java.util.List;

/** Sentiment in −1..1 with its label and the cues that produced it. */
public record Sentiment(double score, Label label, List<String> cues) implements Serializable {

    /** Coarse label for filters and facets. */
    public enum Label {
        NEGATIVE,
        NEUTRAL,
        POSITIVE
    }
}
