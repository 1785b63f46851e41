package org.huixiang.analysis.place;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huixiang.analysis.place.PlaceMention.Kind;
import org.huixiang.common.seeds.CountyGazetteer;
import org.huixiang.common.seeds.NationalGazetteer;
import org.huixiang.common.seeds.NationalGazetteer.Place;
import org.huixiang.common.seeds.Region;

/**
 * Finds the place names in a text: every place of China by its full name (珙县, 巡场镇, 北京市), the
 * provinces, prefectures and counties also by the short form people write (北京, 宜宾, 朝阳), the
 * county's villages and communities, and the aliases of its towns.
 *
 * <p>A name counts only where it is not part of a longer word: 高县 in 提高县级 and 胜天 in 人定胜天 are no
 * places, which HanLP's core dictionary tells (提高 and 人定胜天 are words). Short forms and aliases that
 * are common words (复兴, 来宾, 安康) are not taken as places by themselves.
 */
final class PlaceFinder {

    /** One name of an automaton and what it stands for. */
    private record Key(String name, boolean suffixed, List<Place> places, Kind kind, String town) {}

    /** A found name before overlaps are settled. */
    private record Hit(int begin, int end, Key key) {}

    private static final String SUFFIXES = "省市县区镇乡旗盟州道";

    /** An @handle: up to the next space or punctuation. */
    private static final Pattern HANDLE = Pattern.compile("@[^\\s@:：,，。.!！?？、;；)）(（/]{1,30}");

    /** The villages and communities that at most this many other places share say "the county". */
    static final int DISTINCTIVE_NAMESAKES = 2;

    private static volatile NationalNames shared;

    private final NationalNames national;
    private final AhoCorasickDoubleArrayTrie<Key> county = new AhoCorasickDoubleArrayTrie<>();
    private final String countyCode;

    PlaceFinder(NationalGazetteer gazetteer, CountyGazetteer ours, List<Region> regions) {
        this.national = NationalNames.of(gazetteer);
        this.countyCode = ours.code();
        TreeMap<String, Key> keys = new TreeMap<>();
        for (CountyGazetteer.Village village : ours.villages()) {
            Kind kind =
                    village.namesakes() <= DISTINCTIVE_NAMESAKES
                            ? Kind.VILLAGE
                            : Kind.COMMON_VILLAGE;
            keys.put(
                    village.name(), new Key(village.name(), true, List.of(), kind, village.town()));
        }
        for (Region region : regions) {
            for (String alias : region.aliases()) {
                Kind kind = national.shared(alias) ? Kind.WEAK_ALIAS : Kind.ALIAS;
                keys.putIfAbsent(
                        alias,
                        new Key(
                                alias,
                                SUFFIXES.indexOf(alias.charAt(alias.length() - 1)) >= 0,
                                List.of(),
                                kind,
                                region.name()));
            }
        }
        county.build(keys);
    }

    /** The place names of {@code text}, in order, none overlapping another. */
    List<PlaceMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        national.trie.parseText(text, (b, e, key) -> keep(text, b, e, key, hits));
        county.parseText(text, (b, e, key) -> keep(text, b, e, key, hits));
        // the longest name wins an overlap: 珙县巡场镇 is 珙县 and 巡场镇, 高县县城 is not 高县
        hits.sort(
                Comparator.comparingInt((Hit h) -> h.begin() - h.end())
                        .thenComparingInt(Hit::begin)
                        .thenComparing(h -> h.key().kind()));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : hits) {
            if (kept.stream().noneMatch(k -> k.begin() < hit.end() && hit.begin() < k.end())) {
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::begin));
        List<int[]> handles = handles(text);
        List<PlaceMention> mentions = new ArrayList<>(kept.size());
        for (Hit hit : kept) {
            PlaceMention mention = mention(hit);
            // an account's name says who is addressed, not where: @DJ嘉乐 is no town, @高县发布 is
            // the county's own account
            boolean inHandle =
                    handles.stream().anyMatch(h -> h[0] <= hit.begin() && hit.end() <= h[1]);
            if (!inHandle || mention.kind() == Kind.COUNTY) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    /** The spans of the @handles of a text, as [begin, end). */
    private static List<int[]> handles(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private void keep(String text, int begin, int end, Key key, List<Hit> hits) {
        if (standsAlone(text, begin, end, key)) {
            hits.add(new Hit(begin, end, key));
        }
    }

    /**
     * False when the name is part of a longer word of the text. For two-character names and names
     * without a suffix, no word may end on the name's first character (提高 in 提高县级); for names
     * without a suffix, no word may start on its last character or contain it (来复枪, 人定胜天). A
     * suffixed name of three characters or more is a place wherever it stands: 今天文江镇 is not 天文.
     */
    private static boolean standsAlone(String text, int begin, int end, Key key) {
        boolean bare = !key.suffixed();
        if (!bare && end - begin > 2) {
            return true;
        }
        for (int k = 1; k <= 3; k++) {
            if (Words.isWord(text, begin - k, begin + 1)) {
                return false;
            }
        }
        if (!bare) {
            return true;
        }
        for (int k = 2; k <= 3; k++) {
            if (Words.isWord(text, end - 1, end - 1 + k)) {
                return false;
            }
        }
        for (int before = 0; before <= 2; before++) {
            for (int after = 0; after <= 2; after++) {
                if (before + after > 0 && Words.isWord(text, begin - before, end + after)) {
                    return false;
                }
            }
        }
        return true;
    }

    private PlaceMention mention(Hit hit) {
        Key key = hit.key();
        String name = key.name();
        if (key.kind() != null) {
            return new PlaceMention(
                    hit.begin(), hit.end(), name, key.kind(), key.places(), key.town());
        }
        Kind kind = Kind.OTHER;
        String town = null;
        List<Place> places = key.places();
        for (Place place : places) {
            if (place.code().equals(countyCode)) {
                kind = Kind.COUNTY;
            } else if (place.code().startsWith(countyCode)) {
                if (kind != Kind.COUNTY) {
                    kind = Kind.TOWN;
                    town = place.name();
                }
            } else if (countyCode.startsWith(place.code()) && kind == Kind.OTHER) {
                kind = Kind.ABOVE;
            }
        }
        if (kind == Kind.TOWN) {
            // every town of that name, however its level is written: 昌平's 沙河 is 沙河地区
            places = national.townsNamed(baseName(name));
        }
        return new PlaceMention(hit.begin(), hit.end(), name, kind, places, town);
    }

    private static String baseName(String town) {
        return town.replaceFirst("(镇|乡|街道|地区|办事处)$", "");
    }

    /**
     * The names of every place of China as one automaton, built once per class loader (about half a
     * second for 45,000 places) and shared by every analyzer.
     */
    private static final class NationalNames {

        private final NationalGazetteer gazetteer;
        private final AhoCorasickDoubleArrayTrie<Key> trie = new AhoCorasickDoubleArrayTrie<>();

        /** Every full name, short form and town name without its suffix (文江 of 文江镇). */
        private final Map<String, Integer> written = new HashMap<>();

        /** The towns by their name without the suffix. */
        private final Map<String, List<Place>> townsByBase = new HashMap<>();

        private NationalNames(NationalGazetteer gazetteer) {
            this.gazetteer = gazetteer;
            Map<String, List<Place>> byName = new HashMap<>();
            Map<String, Boolean> suffixed = new HashMap<>();
            for (Place place : gazetteer.places()) {
                if (place.name().length() >= 2) {
                    byName.computeIfAbsent(place.name(), n -> new ArrayList<>()).add(place);
                    suffixed.put(place.name(), true);
                    written.merge(place.name(), 1, Integer::sum);
                }
                String shortForm = place.shortForm();
                if (!shortForm.isEmpty()) {
                    written.merge(shortForm, 1, Integer::sum);
                    if (!Words.isCommonWord(shortForm)) {
                        byName.computeIfAbsent(shortForm, n -> new ArrayList<>()).add(place);
                        suffixed.putIfAbsent(shortForm, false);
                    }
                }
                if (place.level() == NationalGazetteer.Level.TOWN) {
                    String base = baseName(place.name());
                    if (!base.equals(place.name())) {
                        written.merge(base, 1, Integer::sum);
                        townsByBase.computeIfAbsent(base, b -> new ArrayList<>()).add(place);
                    }
                }
            }
            TreeMap<String, Key> keys = new TreeMap<>();
            byName.forEach(
                    (name, places) ->
                            keys.put(
                                    name,
                                    new Key(
                                            name,
                                            suffixed.get(name),
                                            List.copyOf(places),
                                            null,
                                            null)));
            trie.build(keys);
        }

        static NationalNames of(NationalGazetteer gazetteer) {
            NationalNames names = shared;
            if (names == null || names.gazetteer != gazetteer) {
                synchronized (PlaceFinder.class) {
                    if (shared == null || shared.gazetteer != gazetteer) {
                        shared = new NationalNames(gazetteer);
                    }
                    names = shared;
                }
            }
            return names;
        }

        List<Place> townsNamed(String base) {
            return townsByBase.getOrDefault(base, List.of());
        }

        /**
         * True when an alias of a town of the county is a common word, or is written for more than
         * that town: another place's name or short form, or another town's name without its suffix.
         */
        boolean shared(String alias) {
            return Words.isCommonWord(alias) || written.getOrDefault(alias, 0) > 1;
        }
    }
}
