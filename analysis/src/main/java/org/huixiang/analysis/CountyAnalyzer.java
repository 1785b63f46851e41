package org.huixiang.analysis;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huixiang.analysis.content.ContentClassifier;
import org.huixiang.analysis.content.RepostText;
import org.huixiang.analysis.events.SimHash;
import org.huixiang.analysis.model.RoutingModel;
import org.huixiang.analysis.model.SentimentModel;
import org.huixiang.analysis.place.JurisdictionJudge;
import org.huixiang.analysis.severity.SeverityGrader;
import org.huixiang.common.model.Analysis;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.ContentLabel;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.Routing;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.NationalGazetteer;
import org.huixiang.common.seeds.Region;
import org.huixiang.common.seeds.Seeds;

/**
 * The analysis of one document, in plain Java: segmentation with the county dictionary, keywords,
 * topics, units, jurisdiction and town, content label, sentiment, and risk with the evidence behind
 * its level, each with its reasons.
 *
 * <p>A repost is judged on the reposter's own words and the original once ({@link RepostText}), not
 * on the chain of earlier reposters' comments.
 *
 * <p>Construction loads HanLP's dictionaries (about half a second); analysis is thread-safe. Build
 * one per task in {@code open()}, never serialize it.
 */
public final class CountyAnalyzer {

    private static final int KEYWORDS = 8;

    private final Segmenter segmenter;
    private final TopicClassifier topics;
    private final UnitRouter router;
    private final SentimentAnalyzer sentiment;
    private final RiskAssessor risk;
    private final JurisdictionJudge jurisdiction;
    private final ContentClassifier content = new ContentClassifier();
    private final SeverityGrader severity;
    private final Map<String, Region> regionByName = new HashMap<>();
    private final Set<String> countyTerms;
    private final Vocabulary vocabulary;

    /**
     * HanLP's stop words as a column of the vocabulary: HanLP's own table is a word graph walked a
     * character at a time.
     */
    private final Vocabulary.Column<Boolean> stopWord;

    private final Vocabulary.Column<Boolean> countyTerm;
    private final RoutingModel routingModel;
    private final SentimentModel sentimentModel;

    public CountyAnalyzer(Seeds seeds) {
        this(seeds, null, null);
    }

    /**
     * @param routingModel a model trained on the operator's labelled history, or null to route by
     *     the taxonomy alone
     * @param sentimentModel a trained sentiment model, or null for the lexicon
     */
    public CountyAnalyzer(Seeds seeds, RoutingModel routingModel, SentimentModel sentimentModel) {
        this.routingModel = routingModel;
        this.sentimentModel = sentimentModel;
        SentimentLexicon lexicon = SentimentLexicon.load();
        this.countyTerms = new HashSet<>(seeds.dictionaryTerms());
        Set<String> dictionary = new HashSet<>(countyTerms);
        dictionary.addAll(lexicon.terms());
        this.segmenter = new Segmenter(dictionary);
        Vocabulary.Builder words = Vocabulary.builder();
        this.topics = new TopicClassifier(seeds.topics(), words);
        this.router = new UnitRouter(seeds, words);
        this.sentiment = new SentimentAnalyzer(lexicon, words);
        this.risk = new RiskAssessor(seeds.topics(), lexicon, words);
        this.jurisdiction = new JurisdictionJudge(seeds, NationalGazetteer.packaged());
        this.severity = new SeverityGrader(seeds.severity());
        seeds.regions().forEach(r -> regionByName.put(r.name(), r));
        this.stopWord = words.add(CoreStopWordDictionary.dictionary);
        this.countyTerm = words.add(countyTerms);
        this.vocabulary = words.build();
    }

    /**
     * The segmenter inside this analyzer (county dictionary and sentiment lexicon words), for
     * measuring segmentation alone against the whole analysis on the same dictionary.
     */
    public Segmenter segmenter() {
        return segmenter;
    }

    public Analysis analyze(Document document) {
        RepostText repost = RepostText.of(document.text());
        String text =
                document.title() == null || document.title().isBlank()
                        ? repost.judged()
                        : document.title() + "\n" + repost.judged();
        List<Segmenter.Token> segmented = segmenter.segment(text);
        List<String> tokens = segmented.stream().map(Segmenter.Token::word).toList();
        Vocabulary.Lookup looked = vocabulary.lookUp(tokens);
        List<TopicMatch> matched = topics.classify(looked, text);
        JurisdictionJudge.Judgement place =
                jurisdiction.judge(text, document.location(), document.kind(), document.source());
        Optional<Region> region = place.town().map(regionByName::get);
        Routing routing = router.route(matched, looked, region);
        if (routingModel != null) {
            routing = router.combine(routing, routingModel.suggest(text), region);
        }
        // words are judged on the repost's own words and its original; emoticons over the whole
        // chain, which is how reposters show what they feel (weibo-dev, out of the box: 0.887
        // accuracy so, 0.856 with the emoticons of the judged words alone)
        Sentiment feeling =
                sentimentModel != null
                        ? sentimentModel.judge(text)
                        : sentiment.analyze(looked, document.fullText());
        Content kind =
                content.classify(
                        repost,
                        document.title(),
                        feeling,
                        !matched.isEmpty() || router.namesUnit(looked));
        boolean graded =
                kind.label() == ContentLabel.APPEAL || kind.label() == ContentLabel.INCIDENT;
        SeverityGrader.Grade grade =
                severity.grade(
                        document, text, graded, "内容为" + kind.label().chinese() + "，不是诉求或事件报道");
        Risk assessed = risk.assess(document, looked, matched, feeling, grade);
        return new Analysis(
                tokens,
                keywords(segmented, looked),
                matched,
                routing,
                region.map(Region::name).orElse(null),
                place.jurisdiction(),
                kind,
                feeling,
                assessed,
                SimHash.hex(SimHash.of(tokens)),
                null);
    }

    /**
     * Keywords by TextRank over content words: nouns, verbal nouns, names, and county terms,
     * without stop words and single characters.
     */
    private List<String> keywords(List<Segmenter.Token> tokens, Vocabulary.Lookup looked) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Segmenter.Token token = tokens.get(i);
            String word = token.word();
            boolean content =
                    token.nature().startsWith("n")
                            || token.nature().equals("vn")
                            || looked.has(i, countyTerm);
            if (content && word.codePointCount(0, word.length()) >= 2 && !looked.has(i, stopWord)) {
                candidates.add(word);
            }
        }
        return TextRank.keywords(candidates, KEYWORDS, countyTerms);
    }
}
