package org.huixiang.common.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.huixiang.common.model.AppealType;
import org.junit.jupiter.api.Test;

/** The shipped case limits, and when a case opened on a day is due. */
class CaseLimitsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Seeds SEEDS = SeedLoader.loadDefault();
    private static final CaseLimits LIMITS = SEEDS.caseLimits();

    private static Instant china(int y, int m, int d, int h) {
        return ZonedDateTime.of(y, m, d, h, 0, 0, 0, CHINA).toInstant();
    }

    @Test
    void everyTypeHasALimitAndAChannelOverridesSome() {
        for (AppealType type : AppealType.values()) {
            assertThat(LIMITS.respond(type, "12345")).as(type.chinese()).isNotNull();
        }
        assertThat(LIMITS.respond(AppealType.COMPLAINT, "12345"))
                .isEqualTo(new TimeLimit.WorkingDays(5));
        assertThat(LIMITS.respond(AppealType.COMPLAINT, "留言板"))
                .isEqualTo(new TimeLimit.WorkingDays(10));
        // a type the channel does not name keeps the general limit
        assertThat(LIMITS.respond(AppealType.URGENT_HELP, "留言板"))
                .isEqualTo(new TimeLimit.Clock(Duration.ofHours(2)));
        assertThat(LIMITS.longestWorkingDays()).isEqualTo(15);
    }

    @Test
    void aComplaintOpenedBeforeNationalDayIsDueAfterIt() {
        // opened Tue 2025-09-30: 10-09, 10-10, 10-11 (Sat, 调休), 10-13, 10-14 -> due at 10-15 00:00
        Instant due =
                LIMITS.respond(AppealType.COMPLAINT, "12345")
                        .due(china(2025, 9, 30, 10), SEEDS.calendar(), CHINA);
        assertThat(due).isEqualTo(china(2025, 10, 15, 0));
    }

    @Test
    void urgentHelpRunsOnTheClockThroughTheHoliday() {
        Instant opened = china(2026, 2, 17, 22);
        assertThat(
                        LIMITS.respond(AppealType.URGENT_HELP, "12345")
                                .due(opened, SEEDS.calendar(), CHINA))
                .isEqualTo(opened.plus(Duration.ofHours(2)));
    }

    @Test
    void aStartThatCannotCountItsLongestLimitNamesTheYearToAdd() {
        int last =
                SEEDS.calendar().years().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(LIMITS.uncountable(china(last, 6, 1, 9), SEEDS.calendar(), CHINA)).isEmpty();
        // 15 working days from late December run into the next year
        assertThat(LIMITS.uncountable(china(last, 12, 20, 9), SEEDS.calendar(), CHINA))
                .hasValueSatisfying(
                        missing -> {
                            assertThat(missing.year()).isEqualTo(last + 1);
                            assertThat(missing.getMessage())
                                    .contains("seeds/calendar/" + (last + 1) + ".yaml");
                        });
    }
}
