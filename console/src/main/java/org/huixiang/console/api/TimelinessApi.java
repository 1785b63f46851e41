package org.huixiang.console.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.alerting.timeliness.TimelinessReport;
import org.huixiang.alerting.timeliness.UnitTimeliness;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.CountyTime;
import org.huixiang.console.AlertStore;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.Permission;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.http.Call;

/**
 * Timeliness (及时签收率, 按时办结率, 超期, times) per unit, and its weekly trend. Accounts that may not see
 * every unit's figures get their own units' rows (ranked among all) and their own total.
 */
public final class TimelinessApi {

    private final AlertStore alerts;
    private final int minVolume;
    private final Clock clock;

    public TimelinessApi(AlertStore alerts, int minVolume, Clock clock) {
        this.alerts = alerts;
        this.minVolume = minVolume;
        this.clock = clock;
    }

    /** One week of the trend. */
    public record Week(
            LocalDate monday,
            int received,
            Double acknowledgeRate,
            Double respondRate,
            int overdue) {}

    public TimelinessReport report(Call call) throws Exception {
        Period p = Period.of(call, clock.instant(), 30);
        return report(
                SessionAccess.of(call).account(), alerts.assignedBetween(p.from(), p.to()), p);
    }

    public List<Week> trend(Call call) throws Exception {
        int weeks = call.queryInt("weeks", 8, 52);
        LocalDate today = LocalDate.now(clock.withZone(CountyTime.ZONE));
        Period last = Period.week(today);
        Instant from = last.from().minus(java.time.Duration.ofDays(7L * (weeks - 1)));
        List<Alert> all = alerts.assignedBetween(from, last.to());
        Account account = SessionAccess.of(call).account();
        List<Week> trend = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            Period week = Period.week(today.minusWeeks(i));
            UnitTimeliness t = report(account, all, week).total();
            trend.add(
                    new Week(
                            week.from().atZone(CountyTime.ZONE).toLocalDate(),
                            t.received(),
                            t.acknowledgeRate(),
                            t.respondRate(),
                            t.overdue()));
        }
        return trend;
    }

    TimelinessReport report(Account account, List<Alert> all, Period p) {
        Instant now = clock.instant();
        Instant asOf = p.to().isBefore(now) ? p.to() : now;
        if (account.role().can(Permission.TIMELINESS_ALL)) {
            return TimelinessReport.of(all, p.from(), p.to(), asOf, minVolume);
        }
        return TimelinessReport.forUnits(all, p.from(), p.to(), asOf, minVolume, account.units());
    }
}
