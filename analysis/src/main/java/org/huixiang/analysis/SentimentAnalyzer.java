package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huixiang.common.model.Sentiment;

/**
 * Lexicon sentiment over tokens: each cue word counts with its weight, multiplied by degree words
 * (很, 非常) and flipped by negations (不, 没有) in the three tokens before it; emoticons such as [怒]
 * count as cues too. The score is (positive − negative) / (positive + negative + 2), in −1..1.
 */
public final class SentimentAnalyzer {

    private static final Pattern EMOTICON = Pattern.compile("\\[[^\\[\\]\\s]{1,8}]");
    private static final int WINDOW = 3;
    private static final double LABEL_THRESHOLD = 0.15;

    private final SentimentLexicon lexicon;

    public SentimentAnalyzer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Sentiment analyze(List<String> tokens, String text) {
        double positive = 0;
        double negative = 0;
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Double neg = lexicon.negative().get(token);
            Double pos = lexicon.positive().get(token);
            if (neg == null && pos == null) {
                continue;
            }
            double weight = neg != null ? neg : pos;
            boolean negated = false;
            for (int j = Math.max(0, i - WINDOW); j < i; j++) {
                String before = tokens.get(j);
                if (lexicon.negation().containsKey(before)) {
                    negated = !negated;
                }
                weight *= lexicon.degree().getOrDefault(before, 1.0);
            }
            boolean isNegative = (neg != null) != negated;
            if (isNegative) {
                negative += weight;
            } else {
                // a negated complaint ("不拖欠") is weaker praise than a plain one
                positive += negated ? weight * 0.5 : weight;
            }
            cues.add((negated ? "否定:" : "") + token);
        }
        Matcher m = EMOTICON.matcher(text);
        while (m.find()) {
            String emoticon = m.group();
            Double neg = lexicon.negative().get(emoticon);
            Double pos = lexicon.positive().get(emoticon);
            if (neg != null) {
                negative += neg;
                cues.add(emoticon);
            } else if (pos != null) {
                positive += pos;
                cues.add(emoticon);
            }
        }
        double score = (positive - negative) / (positive + negative + 2);
        Sentiment.Label label =
                score <= -LABEL_THRESHOLD
                        ? Sentiment.Label.NEGATIVE
                        : score >= LABEL_THRESHOLD
                                ? Sentiment.Label.POSITIVE
                                : Sentiment.Label.NEUTRAL;
        return new Sentiment(Math.round(score * 1000) / 1000.0, label, List.copyOf(cues));
    }
}
