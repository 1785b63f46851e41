package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days (工作日) as the 国务院办公厅 sets them each year: Monday to Friday except the days off (放假)
 * of the year's notice, plus the weekend days it makes working days (调休上班). Case deadlines are
 * counted on it. A day in a year without its calendar file is an error that names the file to add,
 * never a guess.
 */
public final class WorkingCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The year's arrangement, as its notice (or notices) set it. */
    public record Year(
            int year, List<String> notices, Set<LocalDate> daysOff, Set<LocalDate> workingWeekends)
            implements Serializable {
        public Year {
            notices = List.copyOf(notices);
            daysOff = Set.copyOf(daysOff);
            workingWeekends = Set.copyOf(workingWeekends);
        }
    }

    /** A date in a year the calendar has no file for. */
    public static final class MissingYear extends IllegalStateException {
        private final int year;

        MissingYear(int year) {
            super(
                    "no working-day calendar for "
                            + year
                            + ": add seeds/calendar/"
                            + year
                            + ".yaml from the 国务院办公厅's notice 关于"
                            + year
                            + "年部分节假日安排的通知 (see seeds/calendar/README.md)");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    private final NavigableMap<Integer, Year> years;

    public WorkingCalendar(Map<Integer, Year> years) {
        this.years = new TreeMap<>(years);
    }

    /** The years it covers, in order. */
    public Set<Integer> years() {
        return years.navigableKeySet();
    }

    public Year year(int year) {
        Year y = years.get(year);
        if (y == null) {
            throw new MissingYear(year);
        }
        return y;
    }

    /**
     * @throws MissingYear when the day's year has no calendar file
     */
    public boolean isWorkingDay(LocalDate day) {
        Year y = year(day.getYear());
        if (y.workingWeekends().contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !y.daysOff().contains(day);
    }

    /**
     * The {@code n}-th working day after {@code day}; {@code day} itself does not count, as a 12345
     * time limit runs from the day after the case was accepted (自受理次日起).
     *
     * @throws MissingYear when the count runs into a year without its calendar file
     */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a time limit of working days is at least 1: " + n);
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The end (midnight after) of the {@code n}-th working day after the day of {@code start} in
     * {@code zone}: a limit of "5 个工作日" for a case opened on a Friday afternoon before a holiday
     * ends at the close of the fifth working day after it.
     */
    public Instant deadline(Instant start, int n, ZoneId zone) {
        LocalDate opened = start.atZone(zone).toLocalDate();
        return plusWorkingDays(opened, n).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Working days from the day after {@code from} up to and including {@code to} (0 when {@code
     * to} is not after {@code from}): how many working days a reply took.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
