package org.huixiang.common.seeds;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huixiang.common.model.RiskLevel;

/**
 * The county's knowledge base, validated: units, towns, topics, deadlines and alert rules. Built
 * only by {@link SeedLoader}; immutable and serializable so Flink functions can carry it.
 */
public final class Seeds implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String defaultUnit;
    private final List<Unit> units;
    private final List<Region> regions;
    private final List<Topic> topics;
    private final Map<RiskLevel, LevelDeadlines> sla;
    private final Map<String, LevelDeadlines> channelSla;
    private final Rules rules;
    private final ResponsePolicy response;
    private final List<Task> tasks;
    private final Map<String, String> unitByNameOrAlias;
    private final CountyGazetteer county;
    private final SeverityPolicy severity;
    private final WorkingCalendar calendar;
    private final CaseLimits caseLimits;

    Seeds(
            String defaultUnit,
            List<Unit> units,
            List<Region> regions,
            List<Topic> topics,
            Map<RiskLevel, LevelDeadlines> sla,
            Map<String, LevelDeadlines> channelSla,
            Rules rules,
            ResponsePolicy response,
            List<Task> tasks,
            Map<String, String> unitByNameOrAlias,
            CountyGazetteer county,
            SeverityPolicy severity,
            WorkingCalendar calendar,
            CaseLimits caseLimits) {
        this.defaultUnit = defaultUnit;
        this.units = List.copyOf(units);
        this.regions = List.copyOf(regions);
        this.topics = List.copyOf(topics);
        this.sla = Map.copyOf(sla);
        this.channelSla = Map.copyOf(channelSla);
        this.rules = rules;
        this.response = response;
        this.tasks = List.copyOf(tasks);
        // a hash table: looked up once per token of every document (UnitRouter), mostly missing,
        // where Map.copyOf's probing would call equals on every slot it passes
        this.unitByNameOrAlias = Collections.unmodifiableMap(new HashMap<>(unitByNameOrAlias));
        this.county = county;
        this.severity = severity;
        this.calendar = calendar;
        this.caseLimits = caseLimits;
    }

    /** The time limits of cases (工单) by appeal type and channel. */
    public CaseLimits caseLimits() {
        return caseLimits;
    }

    /** Working days by the State Council's yearly notices (seeds/calendar/): cases' time limits. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** What sets a document's level ({@code severity.yaml}). */
    public SeverityPolicy severity() {
        return severity;
    }

    /** The county's official places: its towns, villages and communities. */
    public CountyGazetteer county() {
        return county;
    }

    /** The unit that receives what no topic claims (县政府办公室). */
    public String defaultUnit() {
        return defaultUnit;
    }

    public List<Unit> units() {
        return units;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<Topic> topics() {
        return topics;
    }

    /** Every row of the county's task list, in document order. */
    public List<Task> tasks() {
        return tasks;
    }

    /** The alert rules of {@code rules.yaml}. */
    public Rules rules() {
        return rules;
    }

    /** Who runs the response loop and how (the {@code response} section of {@code sla.yaml}). */
    public ResponsePolicy response() {
        return response;
    }

    /**
     * The alert rules, by kind, each list in file order, and the scope of documents they apply to.
     */
    public record Rules(
            AlertScope scope,
            List<DocumentRule> documents,
            List<EventRule> events,
            List<SurgeRule> surges)
            implements Serializable {
        public Rules {
            documents = List.copyOf(documents);
            events = List.copyOf(events);
            surges = List.copyOf(surges);
        }
    }

    /** True when {@code unit} is the name of a unit of the county. */
    public boolean isUnit(String unit) {
        return unit != null
                && unitByNameOrAlias.containsKey(unit)
                && unitByNameOrAlias.get(unit).equals(unit);
    }

    public LevelDeadlines deadlines(RiskLevel level) {
        return sla.get(level);
    }

    /**
     * The deadlines of an alert of {@code level} raised from a document of {@code source}: the
     * level's, tightened by the channel's own acknowledge and respond deadlines where the source is
     * a channel with rules of its own (12345, 留言板).
     */
    public LevelDeadlines deadlines(RiskLevel level, String source) {
        LevelDeadlines base = sla.get(level);
        LevelDeadlines channel = source == null ? null : channelSla.get(source);
        if (channel == null) {
            return base;
        }
        return new LevelDeadlines(
                earlier(base.acknowledge(), channel.acknowledge()),
                earlier(base.respond(), channel.respond()),
                base.authoritativeRelease(),
                base.pressConference());
    }

    private static java.time.Duration earlier(java.time.Duration a, java.time.Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The official name of a unit given its name or one of its aliases. */
    public Optional<String> unitName(String nameOrAlias) {
        return Optional.ofNullable(unitByNameOrAlias.get(nameOrAlias));
    }

    /** Every unit's name and aliases, each with the official name of its unit. */
    public Map<String, String> unitNames() {
        return unitByNameOrAlias;
    }

    /**
     * Every multi-character term the segmenter must keep whole: unit names and aliases, town names
     * and aliases, topic keywords.
     */
    public Set<String> dictionaryTerms() {
        Set<String> terms = new LinkedHashSet<>();
        for (Unit unit : units) {
            terms.add(unit.name());
            terms.addAll(unit.aliases());
            terms.addAll(unit.duties());
        }
        for (Region region : regions) {
            terms.add(region.name());
            terms.addAll(region.aliases());
        }
        for (Topic topic : topics) {
            terms.addAll(topic.keywords().keySet());
        }
        terms.removeIf(term -> term.codePointCount(0, term.length()) < 2);
        return terms;
    }
}
