package org.huixiang.benchmarks;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huixiang.analysis.CountyAnalyzer;
import org.huixiang.analysis.RiskAssessor;
import org.huixiang.analysis.Segmenter;
import org.huixiang.analysis.SentimentAnalyzer;
import org.huixiang.analysis.SentimentLexicon;
import org.huixiang.analysis.TextRank;
import org.huixiang.analysis.TopicClassifier;
import org.huixiang.analysis.UnitRouter;
import org.huixiang.analysis.Vocabulary;
import org.huixiang.analysis.content.ContentClassifier;
import org.huixiang.analysis.content.RepostText;
import org.huixiang.analysis.events.SimHash;
import org.huixiang.analysis.place.JurisdictionJudge;
import org.huixiang.analysis.severity.SeverityGrader;
import org.huixiang.common.model.Content;
import org.huixiang.common.model.Document;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Risk;
import org.huixiang.common.model.Routing;
import org.huixiang.common.model.Sentiment;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.privacy.PersonalDataMasker;
import org.huixiang.common.seeds.NationalGazetteer;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The analyzer's parts one by one, on the {@link SampleTexts} of {@code chars} characters, so a
 * change to one part shows in its own figure. Each invocation handles the next text of a fixed set;
 * the parts after segmentation get that text's tokens, computed in the setup.
 */
public class AnalyzerPartsBenchmark extends Microbenchmark {

    @Param({"200"})
    public int chars;

    private Seeds seeds;
    private CountyAnalyzer analyzer;
    private Segmenter segmenter;
    private TopicClassifier topics;
    private UnitRouter router;
    private SentimentAnalyzer sentiment;
    private RiskAssessor risk;
    private JurisdictionJudge jurisdiction;
    private SeverityGrader severity;
    private final ContentClassifier content = new ContentClassifier();
    private Set<String> countyTerms;
    private Vocabulary vocabulary;
    private final List<String> texts = new ArrayList<>();
    private final List<List<String>> tokens = new ArrayList<>();
    private final List<Vocabulary.Lookup> looked = new ArrayList<>();
    private final List<List<TopicMatch>> matches = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        seeds = SeedLoader.loadDefault();
        analyzer = new CountyAnalyzer(seeds);
        SentimentLexicon lexicon = SentimentLexicon.load();
        countyTerms = new HashSet<>(seeds.dictionaryTerms());
        segmenter = analyzer.segmenter();
        Vocabulary.Builder tables = Vocabulary.builder();
        topics = new TopicClassifier(seeds.topics(), tables);
        router = new UnitRouter(seeds, tables);
        sentiment = new SentimentAnalyzer(lexicon, tables);
        risk = new RiskAssessor(seeds.topics(), lexicon, tables);
        jurisdiction = new JurisdictionJudge(seeds, NationalGazetteer.packaged());
        severity = new SeverityGrader(seeds.severity());
        vocabulary = tables.build();
        texts.addAll(SampleTexts.of(chars));
        for (String text : texts) {
            List<String> words =
                    segmenter.segment(text).stream().map(Segmenter.Token::word).toList();
            tokens.add(words);
            looked.add(vocabulary.lookUp(words));
            matches.add(topics.classify(looked.get(looked.size() - 1), text));
        }
    }

    private int advance() {
        next = (next + 1) % SampleTexts.COUNT;
        return next;
    }

    @Benchmark
    public Object wholeAnalyzer() {
        return analyzer.analyze(
                Document.ofText(DocumentKind.MESSAGE, "bench", texts.get(advance()), null));
    }

    @Benchmark
    public List<Segmenter.Token> segmentationWithCountyDictionary() {
        return segmenter.segment(texts.get(advance()));
    }

    @Benchmark
    public List<Term> segmentationBareHanLP() {
        return HanLP.segment(texts.get(advance()));
    }

    /** The one lookup per token that serves every part below. */
    @Benchmark
    public Vocabulary.Lookup vocabularyLookup() {
        return vocabulary.lookUp(tokens.get(advance()));
    }

    @Benchmark
    public List<TopicMatch> topics() {
        int i = advance();
        return topics.classify(looked.get(i), texts.get(i));
    }

    /** The places a text names and the jurisdiction they decide, for a post (not a message). */
    @Benchmark
    public JurisdictionJudge.Judgement jurisdiction() {
        return jurisdiction.judge(texts.get(advance()), null, DocumentKind.POST, "weibo");
    }

    @Benchmark
    public Routing routing() {
        int i = advance();
        return router.route(matches.get(i), looked.get(i), Optional.empty());
    }

    @Benchmark
    public Content content() {
        int i = advance();
        return content.classify(
                RepostText.of(texts.get(i)),
                null,
                sentiment.analyze(looked.get(i), texts.get(i)),
                !matches.get(i).isEmpty());
    }

    @Benchmark
    public Sentiment sentiment() {
        int i = advance();
        return sentiment.analyze(looked.get(i), texts.get(i));
    }

    @Benchmark
    public Risk risk() {
        int i = advance();
        Document document = Document.ofText(DocumentKind.MESSAGE, "bench", texts.get(i), null);
        return risk.assess(
                document,
                looked.get(i),
                matches.get(i),
                sentiment.analyze(looked.get(i), texts.get(i)),
                severity.grade(document, texts.get(i), true, ""));
    }

    @Benchmark
    public long simHash() {
        return SimHash.of(tokens.get(advance()));
    }

    @Benchmark
    public List<String> keywordsOverAllTokens() {
        return TextRank.keywords(tokens.get(advance()), 8, countyTerms);
    }

    @Benchmark
    public PersonalDataMasker.Masked masking() {
        return PersonalDataMasker.mask(texts.get(advance()));
    }
}
