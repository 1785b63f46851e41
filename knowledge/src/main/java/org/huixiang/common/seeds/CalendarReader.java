package org.huixiang.common.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code calendar/YYYY.yaml}, one file per year (see seeds/calendar/README.md), into the
 * {@link WorkingCalendar}. The years must follow each other without a gap: a missing year in the
 * middle would make every count across it wrong. Problems go to the loader.
 */
final class CalendarReader {

    /**
     * The years looked for: the calendar files are found by name, in a folder or on the classpath.
     */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    private final SeedLoader loader;

    CalendarReader(SeedLoader loader) {
        this.loader = loader;
    }

    static String file(int year) {
        return "calendar/" + year + ".yaml";
    }

    WorkingCalendar calendar(Map<Integer, JsonNode> files) {
        Map<Integer, WorkingCalendar.Year> years = new TreeMap<>();
        if (files.isEmpty()) {
            loader.problem(
                    file(FIRST_YEAR).replace(String.valueOf(FIRST_YEAR), "YYYY"),
                    "(folder)",
                    "holds no year",
                    "generate the calendar: cd seeds/calendar && npm ci && npm run generate");
            return new WorkingCalendar(years);
        }
        int previous = -1;
        for (Map.Entry<Integer, JsonNode> e : new TreeMap<>(files).entrySet()) {
            int year = e.getKey();
            if (previous >= 0 && year != previous + 1) {
                loader.problem(
                        file(previous + 1),
                        "(file)",
                        "is missing between " + previous + " and " + year,
                        "add it from that year's notice: a gap would miscount every deadline across it");
            }
            previous = year;
            years.put(year, year(year, e.getValue()));
        }
        return new WorkingCalendar(years);
    }

    private WorkingCalendar.Year year(int year, JsonNode root) {
        String file = file(year);
        if (root.path("year").asInt(-1) != year) {
            loader.problem(file, "year", "is not " + year, "write year: " + year);
        }
        List<String> notices = new ArrayList<>();
        root.path("notices").forEach(n -> notices.add(n.asText()));
        if (notices.isEmpty()) {
            loader.problem(
                    file,
                    "notices",
                    "names no notice",
                    "name the 国务院办公厅 notice the days come from, e.g. 国务院办公厅关于"
                            + year
                            + "年部分节假日安排的通知");
        }
        Set<LocalDate> daysOff = dates(file, year, root.path("days_off"), "days_off");
        Set<LocalDate> working =
                dates(file, year, root.path("working_weekends"), "working_weekends");
        for (LocalDate day : working) {
            DayOfWeek dow = day.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                loader.problem(
                        file,
                        "working_weekends " + day,
                        "is a " + dow + ", not a weekend day",
                        "list only the Saturdays and Sundays the notice makes working days");
            }
            if (daysOff.contains(day)) {
                loader.problem(
                        file,
                        "working_weekends " + day,
                        "is also a day off",
                        "keep each day in one list, as the notice has it");
            }
        }
        return new WorkingCalendar.Year(year, notices, daysOff, working);
    }

    /** The dates of a {@code festival: [dates]} mapping. */
    private Set<LocalDate> dates(String file, int year, JsonNode byFestival, String key) {
        Set<LocalDate> dates = new HashSet<>();
        if (byFestival.isMissingNode() || byFestival.isNull()) {
            return dates;
        }
        if (!byFestival.isObject()) {
            loader.problem(file, key, "is not a mapping", "write " + key + ": {festival: [dates]}");
            return dates;
        }
        for (Map.Entry<String, JsonNode> festival : byFestival.properties()) {
            String entry = key + "." + festival.getKey();
            for (JsonNode d : festival.getValue()) {
                LocalDate day = date(file, entry, d.asText());
                if (day == null) {
                    continue;
                }
                if (day.getYear() != year) {
                    loader.problem(
                            file,
                            entry,
                            d.asText() + " is not in " + year,
                            "put each day in its own year's file");
                }
                dates.add(day);
            }
        }
        return dates;
    }

    private LocalDate date(String file, String entry, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            loader.problem(
                    file, entry, "'" + text + "' is not a date", "write dates as YYYY-MM-DD");
            return null;
        }
    }
}
