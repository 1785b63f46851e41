package org.huixiang.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * HanLP segmentation with the county dictionary, so that 庆符镇, 乡村振兴 and 县人力资源社会保障局 come out as
 * single tokens. Place and organisation recognition are on for names the dictionary does not know.
 *
 * <p>The dictionary is filled once in the constructor; afterwards segmentation is thread-safe
 * (HanLP's configuration calls are not, its analysis calls are).
 */
public final class Segmenter {

    /** The part of speech given to county terms; {@code nz} = other proper noun. */
    static final String COUNTY_NATURE = "nz 100000";

    private final Segment segment;

    public Segmenter(Collection<String> countyTerms) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String term : countyTerms) {
            dictionary.insert(term, COUNTY_NATURE);
        }
        this.segment =
                HanLP.newSegment()
                        .enableCustomDictionary(dictionary)
                        .enableCustomDictionaryForcing(true)
                        .enablePlaceRecognize(true)
                        .enableOrganizationRecognize(true);
    }

    /** A token and its part of speech (HanLP's nature tag, e.g. n, v, ns, nt, nz). */
    public record Token(String word, String nature) {}

    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String word = term.word.strip();
            if (!word.isEmpty()) {
                tokens.add(new Token(word, term.nature == null ? "x" : term.nature.toString()));
            }
        }
        return tokens;
    }
}
