package org.huixiang.console.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import org.huixiang.common.model.CountyTime;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;

/** A period [from, to) read from {@code from}/{@code to} query parameters, in county time. */
record Period(Instant from, Instant to) {

    /** From the call, or the last {@code defaultDays} days up to now. */
    static Period of(Call call, Instant now, int defaultDays) {
        Instant to = call.query("to") == null ? now : instant(call.query("to"));
        Instant from =
                call.query("from") == null
                        ? to.minus(java.time.Duration.ofDays(defaultDays))
                        : instant(call.query("from"));
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("from must be before to");
        }
        return new Period(from, to);
    }

    /** The county day holding {@code date}. */
    static Period day(LocalDate date) {
        return new Period(
                date.atStartOfDay(CountyTime.ZONE).toInstant(),
                date.plusDays(1).atStartOfDay(CountyTime.ZONE).toInstant());
    }

    /** The Monday-to-Sunday week holding {@code date}. */
    static Period week(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(
                monday.atStartOfDay(CountyTime.ZONE).toInstant(),
                monday.plusDays(7).atStartOfDay(CountyTime.ZONE).toInstant());
    }

    static LocalDate date(String text, LocalDate fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + text + "' is not a date like 2026-11-20");
        }
    }

    private static Instant instant(String text) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(CountyTime.ZONE).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "'"
                            + text
                            + "' is neither a day (2026-11-20) nor an instant (2026-11-20T08:00:00Z)");
        }
    }
}
