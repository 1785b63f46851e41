package org.huixiang.common.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.huixiang.common.format.Durations;
import org.huixiang.common.model.RiskLevel;

/**
 * Loads and validates the county's knowledge base from {@code units.yaml}, {@code regions.yaml},
 * {@code topics.yaml}, {@code sla.yaml}, {@code rules.yaml}, {@code severity.yaml} and {@code
 * gazetteer/county.yaml}.
 *
 * <p>All problems are collected before failing, so one run of {@code huixiang seeds check} shows
 * everything to fix. References to units may use a name or an alias; they are resolved to the
 * official name here so that nothing downstream deals with aliases.
 */
public final class SeedLoader {

    public static final String UNITS = "units.yaml";
    public static final String REGIONS = "regions.yaml";
    public static final String TOPICS = "topics.yaml";
    public static final String SLA = "sla.yaml";
    public static final String RULES = "rules.yaml";
    public static final String TASKS = "tasks.yaml";
    public static final String GAZETTEER = "gazetteer/county.yaml";
    public static final String SEVERITY = "severity.yaml";

    /** How the task list says "ongoing" instead of a date. */
    static final String ONGOING = "长期坚持";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final SeedSource source;
    private final List<String> problems = new ArrayList<>();

    private SeedLoader(SeedSource source) {
        this.source = source;
    }

    /** Loads the seeds packaged with huixiang. */
    public static Seeds loadDefault() {
        return load(SeedSource.classpath());
    }

    /** The seeds a configuration names: its {@code seeds_dir}, or the packaged ones when null. */
    public static Seeds load(String seedsDir) {
        return seedsDir == null ? loadDefault() : load(SeedSource.directory(Path.of(seedsDir)));
    }

    /**
     * The files of a knowledge base that a source holds, by name: the fixed ones, then each year of
     * the calendar it has.
     */
    public static List<String> files(SeedSource source) {
        List<String> files =
                new ArrayList<>(
                        List.of(UNITS, REGIONS, TOPICS, SLA, RULES, TASKS, GAZETTEER, SEVERITY));
        calendarYears(source).forEach(year -> files.add(CalendarReader.file(year)));
        return files;
    }

    /**
     * The years the source has a calendar file for, found by name (folders and the classpath
     * alike).
     */
    private static List<Integer> calendarYears(SeedSource source) {
        List<Integer> years = new ArrayList<>();
        for (int year = CalendarReader.FIRST_YEAR; year <= CalendarReader.LAST_YEAR; year++) {
            try (InputStream in = source.open(CalendarReader.file(year))) {
                years.add(year);
            } catch (IOException e) {
                // not a year of the calendar
            }
        }
        return years;
    }

    /**
     * @throws SeedException listing every problem found
     */
    public static Seeds load(SeedSource source) {
        return new SeedLoader(source).load();
    }

    private Seeds load() {
        JsonNode unitsRoot = read(UNITS);
        JsonNode regionsRoot = read(REGIONS);
        JsonNode topicsRoot = read(TOPICS);
        JsonNode slaRoot = read(SLA);
        JsonNode rulesRoot = read(RULES);
        JsonNode tasksRoot = read(TASKS);
        JsonNode gazetteerRoot = read(GAZETTEER);
        JsonNode severityRoot = read(SEVERITY);
        Map<Integer, JsonNode> calendarFiles = calendarFiles();
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        List<Unit> units = units(unitsRoot);
        Map<String, String> unitIndex = unitIndex(units);
        String defaultUnit =
                resolveUnit(
                        unitIndex,
                        text(unitsRoot, "default_unit"),
                        UNITS,
                        "default_unit",
                        "name the unit that receives unrouted documents, e.g. 县政府办公室");
        List<Region> regions = regions(regionsRoot, unitIndex);
        CountyGazetteer county = new GazetteerReader(this).county(gazetteerRoot, regions);
        SeverityPolicy severity = new SeverityReader(this).policy(severityRoot);
        Map<String, List<String>> groups = groups(unitsRoot, units, unitIndex);
        List<Task> tasks = new TaskReader(this).tasks(tasksRoot, unitIndex, groups);
        List<Topic> topics = new TopicReader(this).topics(topicsRoot, unitIndex, tasks.size());
        SlaReader slaReader = new SlaReader(this);
        Map<RiskLevel, LevelDeadlines> sla = slaReader.levels(slaRoot);
        Map<String, LevelDeadlines> channelSla = slaReader.channels(slaRoot);
        RulesReader rules = new RulesReader(this, topics, regions);
        AlertScope scope = rules.scope(rulesRoot);
        List<DocumentRule> documentRules = rules.documentRules(rulesRoot);
        List<EventRule> eventRules = rules.eventRules(rulesRoot);
        List<SurgeRule> surgeRules = rules.surgeRules(rulesRoot);
        ResponsePolicy response = slaReader.responsePolicy(slaRoot, unitIndex);
        WorkingCalendar calendar = new CalendarReader(this).calendar(calendarFiles);
        CaseLimits caseLimits = slaReader.caseLimits(slaRoot);
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new Seeds(
                defaultUnit,
                units,
                regions,
                topics,
                sla,
                channelSla,
                new Seeds.Rules(scope, documentRules, eventRules, surgeRules),
                response,
                tasks,
                unitIndex,
                county,
                severity,
                calendar,
                caseLimits);
    }

    private JsonNode read(String file) {
        try (InputStream in = source.open(file)) {
            return parse(file, in);
        } catch (IOException e) {
            problem(
                    file,
                    "(file)",
                    "cannot be read: " + e.getMessage(),
                    "check that the file exists and is valid YAML");
            return YAML.createObjectNode();
        }
    }

    private JsonNode parse(String file, InputStream in) throws IOException {
        JsonNode root = YAML.readTree(in);
        if (root == null || !root.isObject()) {
            problem(
                    file,
                    "(file)",
                    "is empty or not a mapping",
                    "start the file with its top-level key");
            return YAML.createObjectNode();
        }
        return root;
    }

    private Map<Integer, JsonNode> calendarFiles() {
        Map<Integer, JsonNode> files = new TreeMap<>();
        for (int year : calendarYears(source)) {
            files.put(year, read(CalendarReader.file(year)));
        }
        return files;
    }

    private List<Unit> units(JsonNode root) {
        List<Unit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : list(root, "units", UNITS)) {
            String name = required(node, "name", UNITS, "units[]");
            if (name == null) {
                continue;
            }
            String entry = "unit " + name;
            List<String> aliases = strings(node, "aliases");
            for (String term : concat(List.of(name), aliases)) {
                if (!seen.add(term)) {
                    problem(
                            UNITS,
                            entry,
                            "name or alias '" + term + "' is used twice",
                            "keep '" + term + "' on one unit only");
                }
            }
            String kind = node.path("kind").asText("department");
            units.add(new Unit(name, aliases, kind, strings(node, "duties")));
        }
        if (units.isEmpty()) {
            problem(UNITS, "units", "no units defined", "list at least the default unit");
        }
        Set<String> names = new HashSet<>();
        units.forEach(u -> names.add(u.name()));
        for (Unit unit : units) {
            for (String alias : unit.aliases()) {
                if (names.contains(alias) && !alias.equals(unit.name())) {
                    problem(
                            UNITS,
                            "unit " + unit.name(),
                            "alias '"
                                    + alias
                                    + "' is the name of another unit, so the two would point at each other",
                            "aliases name only what people write for this unit; merge the units or drop the alias");
                }
            }
        }
        return units;
    }

    private Map<String, String> unitIndex(List<Unit> units) {
        Map<String, String> index = new HashMap<>();
        for (Unit unit : units) {
            index.put(unit.name(), unit.name());
            unit.aliases().forEach(alias -> index.putIfAbsent(alias, unit.name()));
        }
        return index;
    }

    private List<Region> regions(JsonNode root, Map<String, String> unitIndex) {
        List<Region> regions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : list(root, "regions", REGIONS)) {
            String name = required(node, "name", REGIONS, "regions[]");
            if (name == null) {
                continue;
            }
            String entry = "region " + name;
            if (!seen.add(name)) {
                problem(REGIONS, entry, "defined twice", "merge the two entries");
            }
            String government =
                    resolveUnit(
                            unitIndex,
                            text(node, "government"),
                            REGIONS,
                            entry + ".government",
                            "add the town government to " + UNITS + " or fix the name");
            regions.add(new Region(name, strings(node, "aliases"), government));
        }
        return regions;
    }

    /**
     * Collective references: {@code expands_to: towns} stands for every town government, other
     * groups are kept as written. Returns group name → the units it expands to (empty if none).
     */
    private Map<String, List<String>> groups(
            JsonNode root, List<Unit> units, Map<String, String> unitIndex) {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (JsonNode node : root.path("groups")) {
            String name = required(node, "name", UNITS, "groups[]");
            if (name == null) {
                continue;
            }
            if (unitIndex.containsKey(name)) {
                problem(
                        UNITS,
                        "group " + name,
                        "is also the name or alias of a unit",
                        "rename the group or the unit");
            }
            String expands = node.path("expands_to").asText("");
            if (expands.equals("towns")) {
                groups.put(
                        name,
                        units.stream()
                                .filter(u -> u.kind().equals("town"))
                                .map(Unit::name)
                                .toList());
            } else if (expands.isEmpty()) {
                groups.put(name, List.of());
            } else {
                problem(
                        UNITS,
                        "group " + name + ".expands_to",
                        "'" + expands + "' is not known",
                        "use 'towns' or leave it out");
            }
        }
        return groups;
    }

    Duration duration(String file, JsonNode node, String field, String entry, boolean required) {
        if (!node.hasNonNull(field)) {
            if (required) {
                problem(
                        file,
                        entry + "." + field,
                        "is missing",
                        "write a duration such as 2h or 48h");
            }
            return null;
        }
        try {
            return Durations.parse(node.get(field).asText());
        } catch (IllegalArgumentException e) {
            problem(
                    file,
                    entry + "." + field,
                    "'" + node.get(field).asText() + "' is not a duration",
                    "write 30m, 5h, 2d or PT5H");
            return null;
        }
    }

    String resolveUnit(
            Map<String, String> index, String ref, String file, String entry, String fix) {
        if (ref == null || ref.isBlank()) {
            problem(file, entry, "names no unit", fix);
            return null;
        }
        String unit = index.get(ref);
        if (unit == null) {
            problem(file, entry, "refers to unknown unit '" + ref + "'", fix);
        }
        return unit;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String file, String entry) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            problem(file, entry, "'" + value + "' is not allowed", "use one of " + allowed);
            return null;
        }
    }

    List<JsonNode> list(JsonNode root, String key, String file) {
        JsonNode node = root.path(key);
        if (!node.isArray()) {
            problem(
                    file,
                    key,
                    "is missing or not a list",
                    "write '" + key + ":' followed by '- ' entries");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    String required(JsonNode node, String field, String file, String entry) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            problem(file, entry, "has no '" + field + "'", "add '" + field + ":'");
            return null;
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText().trim() : null;
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText().trim()));
        return values;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    void problem(String file, String entry, String what, String fix) {
        problems.add(source.describe(file) + ": " + entry + ": " + what + ". Fix: " + fix);
    }
}
