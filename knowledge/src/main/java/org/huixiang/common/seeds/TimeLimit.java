package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A case's time limit (办理时限): working days on the State Council's calendar, or clock hours for what
 * cannot wait (紧急求助).
 */
public sealed interface TimeLimit extends Serializable {

    /** When a case opened at {@code start} is due. */
    Instant due(Instant start, WorkingCalendar calendar, ZoneId zone);

    /** N 个工作日: ends at midnight after the N-th working day after the opening day. */
    record WorkingDays(int days) implements TimeLimit {
        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException(
                        "a limit of working days is at least 1: " + days);
            }
        }

        @Override
        public Instant due(Instant start, WorkingCalendar calendar, ZoneId zone) {
            return calendar.deadline(start, days, zone);
        }

        @Override
        public String toString() {
            return days + " 个工作日";
        }
    }

    /** A limit in clock hours, holidays or not. */
    record Clock(Duration duration) implements TimeLimit {
        @Override
        public Instant due(Instant start, WorkingCalendar calendar, ZoneId zone) {
            return start.plus(duration);
        }

        @Override
        public String toString() {
            return duration.toString();
        }
    }
}
