package org.huixiang.analysis.place;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * What HanLP's core dictionary says of a string: whether it is a word, and whether a place is what
 * it mostly means. A place name that is also an everyday word (复兴, 安康, 来宾) cannot say by itself
 * that a text is about the place.
 */
final class Words {

    private Words() {}

    static boolean isWord(CharSequence text, int begin, int end) {
        return begin >= 0
                && end <= text.length()
                && end - begin >= 2
                && CoreDictionary.contains(text.subSequence(begin, end).toString());
    }

    /** True when the string is a word whose most frequent sense is not a place name. */
    static boolean isCommonWord(String word) {
        Nature sense = mostFrequent(word);
        return sense != null && sense != Nature.ns;
    }

    /** True when the string is a word whose most frequent sense is a noun (县城, 沙河). */
    static boolean isNoun(String word) {
        Nature sense = mostFrequent(word);
        return sense != null && sense.startsWith('n');
    }

    private static Nature mostFrequent(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < attribute.nature.length; i++) {
            if (attribute.frequency[i] > attribute.frequency[best]) {
                best = i;
            }
        }
        return attribute.nature[best];
    }
}
