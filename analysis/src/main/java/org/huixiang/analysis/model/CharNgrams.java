package org.huixiang.analysis.model;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Character n-grams of a text with whitespace removed. Chinese needs no segmentation for them, so
 * raw text and pre-segmented tokens (space-joined, as some training files hold) give the same
 * features, and no segmenter's errors leak into the classifier.
 */
public record CharNgrams(int min, int max) implements Serializable {

    public CharNgrams {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("need 1 <= min <= max, got " + min + ".." + max);
        }
    }

    /** Counts of every n-gram of the text. */
    public Map<String, Integer> count(String text) {
        int[] cps =
                text.toLowerCase(Locale.ROOT)
                        .codePoints()
                        .filter(cp -> !Character.isWhitespace(cp))
                        .toArray();
        Map<String, Integer> counts = new HashMap<>(cps.length * (max - min + 1) * 2);
        for (int n = min; n <= max; n++) {
            for (int i = 0; i + n <= cps.length; i++) {
                counts.merge(new String(cps, i, n), 1, Integer::sum);
            }
        }
        return counts;
    }
}
