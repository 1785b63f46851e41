package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final List<String> CLAUSE_ENDS =
            List.of("，", ",", "、", "；", ";", "：", ":", "。", "！", "？", "!", "?", "…", "……");
    private static final List<String> SENTENCE_ENDS =
            List.of("。", "！", "？", "!", "?", "；", ";", "\n");
    private static final double LABEL_THRESHOLD = 0.15;

    private final SentimentLexicon lexicon;
    private final TermsInside cuesInside;

    /**
     * Every cue with its weight and side, a negative reading winning where a word is in both lists.
     */
    private final Map<String, Cue> cueWeights = new HashMap<>();

    private final Vocabulary.Column<Cue> cueOfToken;
    private final Vocabulary.Column<Boolean> negation;
    private final Vocabulary.Column<Double> degree;
    private final Vocabulary.Column<Boolean> contrast;
    private final Vocabulary.Column<Boolean> clauseEnd;
    private final Vocabulary.Column<Boolean> sentenceEnd;

    private record Cue(double weight, boolean negative) {}

    /**
     * @param words where the cue, negation, degree, contrast and punctuation words go, for one
     *     lookup per token shared with the other parts
     */
    public SentimentAnalyzer(SentimentLexicon lexicon, Vocabulary.Builder words) {
        this.lexicon = lexicon;
        lexicon.positive().forEach((word, weight) -> cueWeights.put(word, new Cue(weight, false)));
        lexicon.negative().forEach((word, weight) -> cueWeights.put(word, new Cue(weight, true)));
        this.cueOfToken = words.add(cueWeights);
        this.negation = words.add(lexicon.negation().keySet());
        this.degree = words.add(lexicon.degree());
        this.contrast = words.add(lexicon.contrast().keySet());
        this.clauseEnd = words.add(CLAUSE_ENDS);
        this.sentenceEnd = words.add(SENTENCE_ENDS);
        List<String> cues = new ArrayList<>(lexicon.negative().keySet());
        cues.addAll(lexicon.positive().keySet());
        cues.removeIf(term -> term.startsWith("["));
        this.cuesInside = new TermsInside(cues);
    }

    /**
     * The longest cue inside a compound token that is not a cue itself, as the county dictionary
     * keeps terms such as 拖欠工资 whole and would otherwise hide 拖欠.
     */
    private String cueInside(String token) {
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

    /**
     * @param tokens the words judged, cue words and their negations and degrees
     * @param text where the emoticons are counted
     */
    public Sentiment analyze(Vocabulary.Lookup tokens, String text) {
        double positive = 0;
        double negative = 0;
        // cues of the current sentence, weighed by the contrast rule before they are added up
        double sentencePositive = 0;
        double sentenceNegative = 0;
        double boost = 1;
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.has(i, sentenceEnd)) {
                positive += sentencePositive;
                negative += sentenceNegative;
                sentencePositive = 0;
                sentenceNegative = 0;
                boost = 1;
                continue;
            }
            if (tokens.has(i, contrast)) {
                // "X不错，就是Y差": what follows the contrast is the writer's real judgement
                sentencePositive *= CONTRAST_BEFORE;
                sentenceNegative *= CONTRAST_BEFORE;
                boost = CONTRAST_AFTER;
                continue;
            }
            String cue = tokens.token(i);
            Cue found = tokens.get(i, cueOfToken);
            if (found == null) {
                cue = cueInside(cue);
                if (cue == null) {
                    continue;
                }
                found = cueWeights.get(cue);
            }
            double weight = found.weight() * boost;
            boolean negated = false;
            // negations and degree words act within their clause: "没有汤，差评" is not praise
            for (int j = i - 1; j >= Math.max(0, i - WINDOW) && !tokens.has(j, clauseEnd); j--) {
                if (tokens.has(j, negation)) {
                    negated = !negated;
                }
                Double times = tokens.get(j, degree);
                if (times != null) {
                    weight *= times;
                }
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
