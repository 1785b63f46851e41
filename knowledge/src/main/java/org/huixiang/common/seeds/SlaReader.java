package org.huixiang.common.seeds;

import static org.huixiang.common.seeds.SeedLoader.SLA;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.huixiang.common.format.Durations;
import org.huixiang.common.model.AppealType;
import org.huixiang.common.model.RiskLevel;

/**
 * Reads {@code sla.yaml}: the deadlines of each level and channel, the response team's policy, and
 * the time limits of cases. Problems go to the loader, which reports them all at once.
 */
final class SlaReader {

    private final SeedLoader loader;

    SlaReader(SeedLoader loader) {
        this.loader = loader;
    }

    Map<RiskLevel, LevelDeadlines> levels(JsonNode root) {
        Map<RiskLevel, LevelDeadlines> sla = new EnumMap<>(RiskLevel.class);
        JsonNode levels = root.path("levels");
        for (RiskLevel level : RiskLevel.values()) {
            JsonNode node = levels.path(level.name());
            String entry = "levels." + level.name();
            if (node.isMissingNode()) {
                loader.problem(
                        SLA,
                        entry,
                        "is missing",
                        "give deadlines for every level I, II, III and IV");
                continue;
            }
            sla.put(
                    level,
                    new LevelDeadlines(
                            duration(node, "acknowledge", entry, true),
                            duration(node, "respond", entry, true),
                            duration(node, "authoritative_release", entry, false),
                            duration(node, "press_conference", entry, false)));
        }
        return sla;
    }

    Map<String, LevelDeadlines> channels(JsonNode root) {
        Map<String, LevelDeadlines> channels = new LinkedHashMap<>();
        root.path("channels")
                .fields()
                .forEachRemaining(
                        e -> {
                            String entry = "channels." + e.getKey();
                            channels.put(
                                    e.getKey(),
                                    new LevelDeadlines(
                                            duration(e.getValue(), "acknowledge", entry, true),
                                            duration(e.getValue(), "respond", entry, true),
                                            null,
                                            null));
                        });
        return channels;
    }

    ResponsePolicy responsePolicy(JsonNode root, Map<String, String> unitIndex) {
        JsonNode node = root.path("response");
        if (!node.isObject()) {
            loader.problem(
                    SLA,
                    "response",
                    "is missing",
                    "add 'response:' with team, reminder_at, retention and min_ranking_volume");
            return null;
        }
        String team =
                loader.resolveUnit(
                        unitIndex,
                        SeedLoader.text(node, "team"),
                        SLA,
                        "response.team",
                        "name the response team's unit, e.g. 县政府办公室");
        double reminderAt = node.path("reminder_at").asDouble(0.8);
        if (!(reminderAt > 0 && reminderAt < 1)) {
            loader.problem(
                    SLA,
                    "response.reminder_at",
                    "'" + node.path("reminder_at").asText() + "' is not between 0 and 1",
                    "write the fraction of a deadline after which to remind, e.g. 0.8");
        }
        Duration retention = duration(node, "retention", "response", true);
        int minVolume = node.path("min_ranking_volume").asInt(5);
        if (minVolume < 1) {
            loader.problem(
                    SLA,
                    "response.min_ranking_volume",
                    "must be at least 1",
                    "write how many alerts a unit needs before it is ranked, e.g. 5");
        }
        return new ResponsePolicy(team, reminderAt, retention, minVolume);
    }

    /**
     * The {@code cases} section: 签收 in clock time, and a time limit for every appeal type, as a
     * number of working days or a duration; per channel, the types whose limit differs.
     */
    CaseLimits caseLimits(JsonNode root) {
        JsonNode node = root.path("cases");
        if (!node.isObject()) {
            loader.problem(
                    SLA,
                    "cases",
                    "is missing",
                    "add 'cases:' with acknowledge and a respond limit for each appeal type");
            return null;
        }
        Duration acknowledge = duration(node, "acknowledge", "cases", true);
        Map<AppealType, TimeLimit> respond = limits(node.path("respond"), "cases.respond");
        for (AppealType type : AppealType.values()) {
            if (!respond.containsKey(type)) {
                loader.problem(
                        SLA,
                        "cases.respond." + type.chinese(),
                        "is missing",
                        "give every appeal type a limit: working days (5) or hours (2h)");
            }
        }
        Map<String, Map<AppealType, TimeLimit>> channels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("channels").properties()) {
            channels.put(
                    e.getKey(),
                    limits(
                            e.getValue().path("respond"),
                            "cases.channels." + e.getKey() + ".respond"));
        }
        return new CaseLimits(acknowledge, respond, channels);
    }

    private Map<AppealType, TimeLimit> limits(JsonNode node, String entry) {
        Map<AppealType, TimeLimit> limits = new EnumMap<>(AppealType.class);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            AppealType type = AppealType.ofChinese(e.getKey());
            String at = entry + "." + e.getKey();
            if (type == null) {
                loader.problem(SLA, at, "is no appeal type", "use 紧急求助, 举报, 投诉, 求助, 建议, 咨询 or 表扬");
                continue;
            }
            JsonNode value = e.getValue();
            if (value.isInt() && value.asInt() >= 1) {
                limits.put(type, new TimeLimit.WorkingDays(value.asInt()));
                continue;
            }
            try {
                limits.put(type, new TimeLimit.Clock(Durations.parse(value.asText())));
            } catch (IllegalArgumentException ex) {
                loader.problem(
                        SLA,
                        at,
                        "'" + value.asText() + "' is neither working days nor a duration",
                        "write a number of working days (5) or clock hours (2h)");
            }
        }
        return limits;
    }

    private Duration duration(JsonNode node, String field, String entry, boolean required) {
        return loader.duration(SLA, node, field, entry, required);
    }
}
