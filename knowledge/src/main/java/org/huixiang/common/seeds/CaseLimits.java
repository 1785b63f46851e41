package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.huixiang.common.model.AppealType;

/**
 * The time limits of cases (工单), from the {@code cases} section of {@code sla.yaml}: 签收 in clock
 * time, 办结 by appeal type, for every channel unless the channel has its own.
 *
 * @param acknowledge how long a unit has to accept (签收) a case it was given
 * @param respond the time limit of each appeal type
 * @param channels per channel, the types whose limit differs there
 */
public record CaseLimits(
        Duration acknowledge,
        Map<AppealType, TimeLimit> respond,
        Map<String, Map<AppealType, TimeLimit>> channels)
        implements Serializable {

    public CaseLimits {
        respond = Map.copyOf(respond);
        channels = Map.copyOf(channels);
    }

    /** The limit of a type on a channel: the channel's own, else the general one. */
    public TimeLimit respond(AppealType type, String channel) {
        Map<AppealType, TimeLimit> own = channels.getOrDefault(channel, Map.of());
        return own.getOrDefault(type, respond.get(type));
    }

    /** The longest limit in working days anywhere, what a start-up must be able to count. */
    public int longestWorkingDays() {
        return Stream.concat(Stream.of(respond), channels.values().stream())
                .flatMap(limits -> limits.values().stream())
                .mapToInt(limit -> limit instanceof TimeLimit.WorkingDays w ? w.days() : 0)
                .max()
                .orElse(0);
    }

    /**
     * Whether the calendar can count every limit of a case opened at {@code now}: empty when it
     * can, else the missing year's error, which names the file to add.
     */
    public Optional<WorkingCalendar.MissingYear> uncountable(
            Instant now, WorkingCalendar calendar, ZoneId zone) {
        try {
            LocalDate today = now.atZone(zone).toLocalDate();
            calendar.isWorkingDay(today);
            int longest = longestWorkingDays();
            if (longest > 0) {
                calendar.plusWorkingDays(today, longest);
            }
            return Optional.empty();
        } catch (WorkingCalendar.MissingYear e) {
            return Optional.of(e);
        }
    }
}
