package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final double CONTRAST_BEFORE = 0.5;
    private static final double CONTRAST_AFTER = 1.5;
    private static final Set<String> CLAUSE_END =
            TokenTables.of("，", ",", "、", "；", ";", "：", ":", "。", "！", "？", "!", "?", "…", "……");
    private static final Set<String> SENTENCE_END =
            TokenTables.of("。", "！", "？", "!", "?", "；", ";", "\n");
    private static final double LABEL_THRESHOLD = 0.15;

    private final SentimentLexicon lexicon;
    private final TermsInside cuesInside;

    /**
     * Every cue with its weight and side, a negative reading winning where a word is in both lists;
     * with negations, degree and contrast words in hash maps of their own: one lookup per token.
     */
    private final Map<String, Cue> cueWeights = new HashMap<>();

    private final Map<String, Double> negations;
    private final Map<String, Double> degrees;
    private final Map<String, Double> contrasts;

    private record Cue(double weight, boolean negative) {}

    public SentimentAnalyzer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
        lexicon.positive().forEach((word, weight) -> cueWeights.put(word, new Cue(weight, false)));
        lexicon.negative().forEach((word, weight) -> cueWeights.put(word, new Cue(weight, true)));
        this.negations = TokenTables.of(lexicon.negation());
        this.degrees = TokenTables.of(lexicon.degree());
        this.contrasts = TokenTables.of(lexicon.contrast());
        List<String> cues = new ArrayList<>(lexicon.negative().keySet());
        cues.addAll(lexicon.positive().keySet());
        cues.removeIf(term -> term.startsWith("["));
        this.cuesInside = new TermsInside(cues);
    }

    /**
     * The cue a token carries: the token itself, or the longest cue inside a compound token, as the
     * county dictionary keeps terms such as 拖欠工资 whole and would otherwise hide 拖欠.
     */
    private String cueIn(String token) {
        if (cueWeights.containsKey(token)) {
            return token;
        }
        // two-character words such as 多少 or 不少 end in 少 without judging anything
        if (token.length() < 3) {
            return null;
        }
        String longest = null;
        for (String cue : cuesInside.in(token)) {
            if (longest == null || cue.length() > longest.length()) {
                longest = cue;
            }
        }
        if (longest == null) {
            // 速度慢, 有点凉: a one-character judgement closing a compound token
            String last = token.substring(token.offsetByCodePoints(token.length(), -1));
            if (cueWeights.containsKey(last)) {
                return last;
            }
        }
        return longest;
    }

    public Sentiment analyze(List<String> tokens, String text) {
        double positive = 0;
        double negative = 0;
        // cues of the current sentence, weighed by the contrast rule before they are added up
        double sentencePositive = 0;
        double sentenceNegative = 0;
        double boost = 1;
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (SENTENCE_END.contains(token)) {
                positive += sentencePositive;
                negative += sentenceNegative;
                sentencePositive = 0;
                sentenceNegative = 0;
                boost = 1;
                continue;
            }
            if (contrasts.containsKey(token)) {
                // "X不错，就是Y差": what follows the contrast is the writer's real judgement
                sentencePositive *= CONTRAST_BEFORE;
                sentenceNegative *= CONTRAST_BEFORE;
                boost = CONTRAST_AFTER;
                continue;
            }
            String cue = cueIn(token);
            if (cue == null) {
                continue;
            }
            Cue found = cueWeights.get(cue);
            double weight = found.weight() * boost;
            boolean negated = false;
            // negations and degree words act within their clause: "没有汤，差评" is not praise
            for (int j = i - 1;
                    j >= Math.max(0, i - WINDOW) && !CLAUSE_END.contains(tokens.get(j));
                    j--) {
                String before = tokens.get(j);
                if (negations.containsKey(before)) {
                    negated = !negated;
                }
                weight *= degrees.getOrDefault(before, 1.0);
            }
            boolean isNegative = found.negative() != negated;
            if (isNegative) {
                sentenceNegative += weight;
            } else {
                // a negated complaint ("不拖欠") is weaker praise than a plain one
                sentencePositive += negated ? weight * 0.5 : weight;
            }
            cues.add((negated ? "否定:" : "") + cue);
        }
        positive += sentencePositive;
        negative += sentenceNegative;
        // most texts have no emoticon: the scan runs only when a bracket opens one
        boolean bracketed = text.indexOf('[') >= 0;
        Matcher m = EMOTICON.matcher(text);
        while (bracketed && m.find()) {
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
