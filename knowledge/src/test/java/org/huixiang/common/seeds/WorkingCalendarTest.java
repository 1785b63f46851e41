package org.huixiang.common.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Working days on the shipped calendar, across 国庆 and 春节 with their 调休 weekends. */
class WorkingCalendarTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar CALENDAR = SeedLoader.loadDefault().calendar();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aWorkingSundayBeforeNationalDayCountsAndTheWeekOffDoesNot() {
        // 2025: 国庆·中秋 10月1日–8日 off, Sunday 9月28日 and Saturday 10月11日 working
        assertThat(CALENDAR.isWorkingDay(day("2025-09-28"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(day("2025-10-03"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2025-10-11"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(day("2025-10-12"))).isFalse();
        assertThat(CALENDAR.plusWorkingDays(day("2025-09-26"), 1)).isEqualTo(day("2025-09-28"));
        assertThat(CALENDAR.plusWorkingDays(day("2025-09-26"), 3)).isEqualTo(day("2025-09-30"));
        assertThat(CALENDAR.plusWorkingDays(day("2025-09-30"), 1)).isEqualTo(day("2025-10-09"));
        // 10-09 Thu, 10-10 Fri, 10-11 Sat (working), 10-13 Mon, 10-14 Tue
        assertThat(CALENDAR.plusWorkingDays(day("2025-09-30"), 5)).isEqualTo(day("2025-10-14"));
    }

    @Test
    void springFestivalWithItsTwoWorkingSaturdays() {
        // 2026: 春节 2月15日–23日 off, Saturdays 2月14日 and 2月28日 working
        assertThat(CALENDAR.plusWorkingDays(day("2026-02-13"), 1)).isEqualTo(day("2026-02-14"));
        assertThat(CALENDAR.plusWorkingDays(day("2026-02-13"), 2)).isEqualTo(day("2026-02-24"));
        assertThat(CALENDAR.plusWorkingDays(day("2026-02-27"), 1)).isEqualTo(day("2026-02-28"));
        assertThat(CALENDAR.plusWorkingDays(day("2026-02-27"), 2)).isEqualTo(day("2026-03-02"));
    }

    @Test
    void aDeadlineEndsWithItsLastWorkingDayInChinaTime() {
        Instant friday = ZonedDateTime.of(2026, 2, 13, 15, 0, 0, 0, CHINA).toInstant();
        // 02-14 (Sat, working), 02-24, 02-25, 02-26, 02-27: the fifth ends at midnight after it
        assertThat(CALENDAR.deadline(friday, 5, CHINA))
                .isEqualTo(ZonedDateTime.of(2026, 2, 28, 0, 0, 0, 0, CHINA).toInstant());
        // late in the evening UTC is already the next day in China
        Instant lateUtc = Instant.parse("2026-02-13T16:30:00Z");
        assertThat(CALENDAR.deadline(lateUtc, 1, CHINA))
                .isEqualTo(ZonedDateTime.of(2026, 2, 25, 0, 0, 0, 0, CHINA).toInstant());
    }

    @Test
    void workingDaysBetweenCountFromTheDayAfter() {
        assertThat(CALENDAR.workingDaysBetween(day("2025-09-26"), day("2025-10-09"))).isEqualTo(4);
        assertThat(CALENDAR.workingDaysBetween(day("2025-10-09"), day("2025-10-09"))).isZero();
    }

    @Test
    void twentyTwentysSpringFestivalWasExtendedByASecondNotice() {
        WorkingCalendar.Year y2020 = CALENDAR.year(2020);
        assertThat(y2020.notices()).hasSize(2);
        assertThat(CALENDAR.isWorkingDay(day("2020-01-31"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2020-02-03"))).isTrue();
    }

    @Test
    void aYearWithoutItsFileIsAnErrorThatNamesTheFile() {
        assertThat(CALENDAR.years()).contains(2011, 2025, 2026);
        int missing = CALENDAR.years().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
        LocalDate lastWeek = LocalDate.of(missing - 1, 12, 28);
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(lastWeek, 10))
                .isInstanceOf(WorkingCalendar.MissingYear.class)
                .hasMessageContaining("seeds/calendar/" + missing + ".yaml")
                .hasMessageContaining("关于" + missing + "年部分节假日安排的通知");
    }
}
