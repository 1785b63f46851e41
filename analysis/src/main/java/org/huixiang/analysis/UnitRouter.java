package org.huixiang.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huixiang.analysis.model.RoutingModel;
import org.huixiang.common.model.Routing;
import org.huixiang.common.model.TopicMatch;
import org.huixiang.common.seeds.Region;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.seeds.Topic;

/**
 * Decides who answers, following 谁主管谁负责 and 属地管理: the best topic's lead unit leads; the topic's
 * responsible units, the leads of other matched topics, units named in the text and the government
 * of the town the text is about share the duty. Without a topic the default unit leads and the
 * routing is flagged unrouted, never guessed.
 */
public final class UnitRouter {

    /** A model routes on its own, or adds a unit, only at or above this probability. */
    static final double MODEL_ROUTES = 0.6;

    /** A model that disagrees with the taxonomy takes the lead at or above this probability. */
    static final double MODEL_LEADS = 0.8;

    private final Seeds seeds;
    private final Map<String, Topic> topicsById = new LinkedHashMap<>();
    private final Vocabulary.Column<String> unitOfToken;

    /**
     * @param words where unit names go, for one lookup per token shared with the other parts
     */
    public UnitRouter(Seeds seeds, Vocabulary.Builder words) {
        this.seeds = seeds;
        seeds.topics().forEach(t -> topicsById.put(t.id(), t));
        this.unitOfToken = words.add(seeds.unitNames());
    }

    /** True when the tokens name a unit of the county (人社局, 庆符镇政府). */
    public boolean namesUnit(Vocabulary.Lookup tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.has(i, unitOfToken)) {
                return true;
            }
        }
        return false;
    }

    public Routing route(
            List<TopicMatch> topics, Vocabulary.Lookup tokens, Optional<Region> region) {
        List<String> reasons = new ArrayList<>();
        Set<String> responsible = new LinkedHashSet<>();
        String lead;
        boolean unrouted = topics.isEmpty();
        if (unrouted) {
            lead = seeds.defaultUnit();
            reasons.add("未匹配到政策主题，交由默认单位 " + lead + " 分办");
        } else {
            Topic top = topicsById.get(topics.get(0).id());
            lead = top.lead();
            reasons.add("主题「" + top.name() + "」（" + terms(topics.get(0)) + "）→ 牵头单位 " + lead);
            responsible.addAll(top.responsible());
            for (TopicMatch other : topics.subList(1, topics.size())) {
                Topic topic = topicsById.get(other.id());
                responsible.add(topic.lead());
                reasons.add("兼涉主题「" + topic.name() + "」→ 责任单位 " + topic.lead());
            }
        }
        // a repeated token finds its unit already added, so tokens need no de-duplication
        for (int i = 0; i < tokens.size(); i++) {
            String unit = tokens.get(i, unitOfToken);
            if (unit != null && !unit.equals(lead) && responsible.add(unit)) {
                reasons.add("文中提及「" + tokens.token(i) + "」→ 责任单位 " + unit);
            }
        }
        region.ifPresent(
                r -> {
                    if (!r.government().equals(lead)) {
                        responsible.add(r.government());
                    }
                    reasons.add("属地：" + r.name() + " → " + r.government());
                });
        responsible.remove(lead);
        return new Routing(lead, List.copyOf(responsible), List.copyOf(reasons), unrouted);
    }

    /**
     * Combines the taxonomy's routing with a trained model's suggestion. Where the taxonomy found
     * nothing, a confident model (≥ 0.6) routes the text instead of the default unit. Where they
     * disagree, a very confident model (≥ 0.8) leads and the taxonomy's unit shares the duty; a
     * fairly confident one (≥ 0.6) only adds its unit; below that the taxonomy stands alone.
     */
    public Routing combine(
            Routing taxonomy, RoutingModel.Suggestion model, Optional<Region> region) {
        String evidence = String.join("、", model.evidence());
        String said =
                String.format(
                        "模型（%s，置信度 %.2f，依据 %s）", model.label(), model.probability(), evidence);
        List<String> reasons = new ArrayList<>(taxonomy.reasons());
        if (taxonomy.unrouted()) {
            if (model.probability() < MODEL_ROUTES) {
                reasons.add(said + " 置信度不足，仍待分办");
                return new Routing(
                        taxonomy.leadUnit(),
                        taxonomy.responsibleUnits(),
                        List.copyOf(reasons),
                        true);
            }
            Set<String> responsible = new LinkedHashSet<>();
            region.map(Region::government)
                    .filter(g -> !g.equals(model.leadUnit()))
                    .ifPresent(responsible::add);
            reasons.set(0, said + " → 牵头单位 " + model.leadUnit());
            return new Routing(
                    model.leadUnit(), List.copyOf(responsible), List.copyOf(reasons), false);
        }
        if (model.leadUnit().equals(taxonomy.leadUnit())) {
            reasons.add(said + " 与主题判断一致");
            return new Routing(
                    taxonomy.leadUnit(), taxonomy.responsibleUnits(), List.copyOf(reasons), false);
        }
        Set<String> responsible = new LinkedHashSet<>(taxonomy.responsibleUnits());
        if (model.probability() >= MODEL_LEADS) {
            // the operator's own history, confidently: it knows local practice the taxonomy does
            // not
            responsible.add(taxonomy.leadUnit());
            responsible.remove(model.leadUnit());
            reasons.add(
                    said
                            + " → 牵头单位 "
                            + model.leadUnit()
                            + "，主题判断的 "
                            + taxonomy.leadUnit()
                            + " 改为责任单位");
            return new Routing(
                    model.leadUnit(), List.copyOf(responsible), List.copyOf(reasons), false);
        }
        if (model.probability() >= MODEL_ROUTES) {
            responsible.add(model.leadUnit());
            reasons.add(said + " → 责任单位 " + model.leadUnit());
        } else {
            reasons.add(said + " 与主题判断不一致，置信度不足，未采纳");
        }
        return new Routing(
                taxonomy.leadUnit(), List.copyOf(responsible), List.copyOf(reasons), false);
    }

    private static String terms(TopicMatch match) {
        StringBuilder out = new StringBuilder();
        for (var hit : match.matchedTerms()) {
            if (out.length() > 0) {
                out.append("、");
            }
            out.append(hit.term()).append("×").append(hit.count());
        }
        return out.toString();
    }
}
