package org.huixiang.analysis.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huixiang.analysis.place.PlaceMention.Kind;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Jurisdiction;
import org.huixiang.common.model.JurisdictionScope;
import org.huixiang.common.seeds.NationalGazetteer;
import org.huixiang.common.seeds.NationalGazetteer.Place;
import org.huixiang.common.seeds.Seeds;

/**
 * Decides whether a document is the county's (属地) and which of its towns it is about, from the
 * places its text names, the place it was posted from and the channel it came through.
 *
 * <ul>
 *   <li>A citizen message came through one of the county's own channels: local.
 *   <li>The text names the county, one of its towns or a village only it has: local, even when it
 *       also names other places; a town's short name alone (嘉乐 for 嘉乐镇) is not enough then. A town
 *       name that other places share (沙河镇) is the other place's when the text names a place that
 *       holds such a namesake (昌平 … 沙河镇).
 *   <li>Else the text names other places: elsewhere; only the county's prefecture or province (宜宾,
 *       四川): regional.
 *   <li>Else the post's location decides the same way.
 *   <li>Else unknown, listing the weak signs it saw (县城, a village name many places share).
 * </ul>
 */
public final class JurisdictionJudge {

    private final PlaceFinder finder;
    private final NationalGazetteer gazetteer;

    /** What the judge concluded: the jurisdiction, and for local documents the town, if any. */
    public record Judgement(Jurisdiction jurisdiction, Optional<String> town) {}

    public JurisdictionJudge(Seeds seeds, NationalGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new PlaceFinder(gazetteer, seeds.county(), seeds.regions());
    }

    public Judgement judge(String text, String location, DocumentKind kind, String source) {
        List<PlaceMention> inText = attributed(finder.find(text));
        List<PlaceMention> atLocation = attributed(finder.find(location));
        Optional<String> town = town(inText).or(() -> town(atLocation));
        if (kind == DocumentKind.MESSAGE) {
            return local(List.of(source), List.of("经本县渠道来信：" + source), town);
        }
        Judgement byText = byPlaces(inText, text, "文中", town);
        if (byText != null) {
            return byText;
        }
        Judgement byLocation = byPlaces(atLocation, location, "发布地点", town);
        if (byLocation != null) {
            return byLocation;
        }
        List<String> weak =
                inText.stream()
                        .filter(m -> m.kind() == Kind.WEAK_ALIAS || m.kind() == Kind.COMMON_VILLAGE)
                        .map(PlaceMention::name)
                        .distinct()
                        .toList();
        String reason =
                weak.isEmpty()
                        ? "未提及地点"
                        : "仅有不足以判断属地的线索：" + String.join("、", weak) + "（多地都有此名或为常用词）";
        return new Judgement(
                new Jurisdiction(JurisdictionScope.UNKNOWN, weak, List.of(reason)),
                Optional.empty());
    }

    /** The scope the mentions decide, or null when they decide nothing. */
    private Judgement byPlaces(
            List<PlaceMention> mentions, String text, String where, Optional<String> town) {
        List<PlaceMention> others = mentions.stream().filter(m -> m.kind() == Kind.OTHER).toList();
        List<String> reasons = new ArrayList<>();
        List<String> ours = names(mentions, m -> m.kind().anchorsLocally());
        List<String> aliases = names(mentions, m -> m.kind() == Kind.ALIAS);
        // a town written without 镇 next to places elsewhere is a name there (海宁 … 嘉乐), not ours
        if (!others.isEmpty() && aliases.equals(ours) && !ours.isEmpty()) {
            reasons.add("「" + String.join("、", aliases) + "」未写全称，且文中提及外地，不据此判为本县");
            ours = List.of();
        }
        // 从高县过去的朋友 … 珙县出了车祸: the county is where someone comes from, not where it happens
        List<PlaceMention> anchors =
                mentions.stream().filter(m -> m.kind().anchorsLocally()).toList();
        if (!others.isEmpty()
                && !ours.isEmpty()
                && anchors.stream().allMatch(m -> comesFrom(text, m))) {
            reasons.add("「" + String.join("、", ours) + "」只是来处（从…、来自…），事情在外地，不据此判为本县");
            ours = List.of();
        }
        if (!ours.isEmpty()) {
            reasons.add(where + "提及本县：" + String.join("、", ours));
            if (!others.isEmpty()) {
                reasons.add(where + "另提及外地：" + describe(others));
            }
            return local(ours, reasons, town);
        }
        if (!others.isEmpty()) {
            reasons.add(where + "提及外地：" + describe(others));
            for (PlaceMention m : others) {
                if (m.town() != null) {
                    reasons.add("「" + m.name() + "」与本县地名同名，按文中所提地方判断为 " + path(m.places().get(0)));
                }
            }
            return new Judgement(
                    new Jurisdiction(
                            JurisdictionScope.ELSEWHERE, names(others, m -> true), reasons),
                    Optional.empty());
        }
        List<String> above = names(mentions, m -> m.kind() == Kind.ABOVE);
        if (!above.isEmpty()) {
            reasons.add(where + "仅提及本县所在的市、省：" + String.join("、", above) + "，未提及本县");
            return new Judgement(
                    new Jurisdiction(JurisdictionScope.REGIONAL, above, reasons), Optional.empty());
        }
        return null;
    }

    /** True when the name follows 从 or 来自: where someone or something comes from. */
    private static boolean comesFrom(String text, PlaceMention m) {
        String before = text.substring(Math.max(0, m.begin() - 2), m.begin());
        return before.endsWith("从") || before.endsWith("来自");
    }

    private static Judgement local(
            List<String> names, List<String> reasons, Optional<String> town) {
        List<String> all = new ArrayList<>(reasons);
        town.ifPresent(t -> all.add("所涉乡镇：" + t));
        return new Judgement(new Jurisdiction(JurisdictionScope.LOCAL, names, all), town);
    }

    /**
     * The mentions with the county's town names that the text gives to another place turned into
     * that place: in 昌平沙河镇 the 沙河镇 is 昌平区's, not the county's.
     */
    private static List<PlaceMention> attributed(List<PlaceMention> mentions) {
        List<PlaceMention> others = mentions.stream().filter(m -> m.kind() == Kind.OTHER).toList();
        if (others.isEmpty()) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            Place namesake = m.kind() == Kind.TOWN ? namesakeWithin(m, others) : null;
            out.add(namesake == null ? m : m.as(Kind.OTHER, List.of(namesake)));
        }
        return out;
    }

    private static Place namesakeWithin(PlaceMention town, List<PlaceMention> others) {
        for (Place candidate : town.places()) {
            for (PlaceMention other : others) {
                for (Place place : other.places()) {
                    if (candidate != place && candidate.within(place)) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The town most mentioned (the first on a tie); aliases that are mostly not nouns (复兴 as in
     * 伟大复兴) do not count, and weak aliases (县城) only when the text names no town otherwise.
     */
    private static Optional<String> town(List<PlaceMention> mentions) {
        boolean named =
                mentions.stream()
                        .anyMatch(
                                m ->
                                        m.town() != null
                                                && m.kind() != Kind.OTHER
                                                && m.kind() != Kind.WEAK_ALIAS);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            if (m.town() == null
                    || m.kind() == Kind.OTHER
                    || (named && m.kind() == Kind.WEAK_ALIAS)) {
                continue;
            }
            if (m.kind() == Kind.WEAK_ALIAS
                    && Words.isCommonWord(m.name())
                    && !Words.isNoun(m.name())) {
                continue;
            }
            counts.merge(m.town(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }

    private static List<String> names(
            List<PlaceMention> mentions, java.util.function.Predicate<PlaceMention> which) {
        Set<String> names = new LinkedHashSet<>();
        mentions.stream().filter(which).forEach(m -> names.add(m.name()));
        return List.copyOf(names);
    }

    private String describe(List<PlaceMention> others) {
        Map<String, String> described = new LinkedHashMap<>();
        for (PlaceMention m : others) {
            String where =
                    m.places().size() == 1
                            ? parents(m.places().get(0))
                            : m.places().size() + " 处同名";
            described.putIfAbsent(
                    m.name(), where.isEmpty() ? m.name() : m.name() + "（" + where + "）");
        }
        return String.join("、", described.values());
    }

    /** The provinces, prefectures and counties above a place, e.g. 四川省宜宾市 for 珙县. */
    private String parents(Place place) {
        StringBuilder out = new StringBuilder();
        for (int length : new int[] {2, 4, 6}) {
            if (place.code().length() > length) {
                gazetteer
                        .byCode(place.code().substring(0, length))
                        .ifPresent(p -> out.append(p.name()));
            }
        }
        return out.toString();
    }

    private String path(Place place) {
        return parents(place) + place.name();
    }
}
