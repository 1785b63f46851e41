package org.huixiang.analysis;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds known terms inside compound tokens. HanLP's dictionaries keep words such as 小区物业 or 拖欠工资
 * whole, which would hide 物业 from the taxonomy and 拖欠 from the sentiment lexicon. Tokens shorter
 * than three characters are left alone: two-character words (多少, 不少) are words of their own, not
 * compounds.
 */
final class TermsInside {

    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

    /**
     * @param terms the terms to find; terms shorter than two characters are ignored
     */
    TermsInside(Collection<String> terms) {
        TreeMap<String, String> map = new TreeMap<>();
        terms.stream().filter(t -> t.length() >= 2).forEach(t -> map.put(t, t));
        trie.build(map);
    }

    /**
     * Every known term inside {@code token}, or none when the token is short. Callers look the
     * token itself up first and come here only when it is not a term: a term counts as itself, not
     * by its parts.
     */
    List<String> in(String token) {
        if (token.length() < 3) {
            return List.of();
        }
        List<String> found = new ArrayList<>(2);
        trie.parseText(token, (begin, end, term) -> found.add(term));
        return found;
    }
}
