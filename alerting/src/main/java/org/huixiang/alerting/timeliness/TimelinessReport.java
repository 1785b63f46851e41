package org.huixiang.alerting.timeliness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertKind;
import org.huixiang.common.model.AlertState;

/**
 * Timeliness per unit over a period, from the latest revision of each alert: 及时签收率, 按时办结率, 超期
 * counts, median and p90 times. An alert counts for its lead unit, from the moment it was assigned
 * to that unit (opening or last 改派). Rates count only alerts that were due by {@code asOf} or
 * already acted on, so an alert raised an hour ago does not lower a unit's rate. Escalations (超期督办)
 * are the response team's, not a unit's duty, and are left out. Units with fewer than {@code
 * minVolume} alerts are listed after the ranked ones, without a rank. Pure.
 *
 * @param units ranked units first (best first), then the unranked by name
 * @param total all units together
 */
public record TimelinessReport(
        Instant from,
        Instant to,
        Instant asOf,
        int minVolume,
        List<UnitTimeliness> units,
        UnitTimeliness total) {

    /** The order of the ranking: on-time response rate, then acknowledgement, then speed. */
    private static final Comparator<UnitTimeliness> BEST_FIRST =
            Comparator.comparing(
                            (UnitTimeliness u) -> u.respondRate() == null ? -1 : u.respondRate())
                    .reversed()
                    .thenComparing(
                            u -> u.acknowledgeRate() == null ? -1 : u.acknowledgeRate(),
                            Comparator.reverseOrder())
                    .thenComparing(
                            u ->
                                    u.medianToRespond() == null
                                            ? Duration.ofDays(3650)
                                            : u.medianToRespond())
                    .thenComparing(UnitTimeliness::unit);

    public static TimelinessReport of(
            List<Alert> alerts, Instant from, Instant to, Instant asOf, int minVolume) {
        Map<String, List<Alert>> byUnit = new TreeMap<>();
        List<Alert> all = new ArrayList<>();
        for (Alert a : alerts) {
            if (a.kind() == AlertKind.OVERDUE
                    || a.assignedAt().isBefore(from)
                    || !a.assignedAt().isBefore(to)) {
                continue;
            }
            byUnit.computeIfAbsent(a.leadUnit(), u -> new ArrayList<>()).add(a);
            all.add(a);
        }
        List<UnitTimeliness> ranked = new ArrayList<>();
        List<UnitTimeliness> unranked = new ArrayList<>();
        byUnit.forEach(
                (unit, list) -> {
                    UnitTimeliness t = measure(unit, list, asOf);
                    (t.received() >= minVolume ? ranked : unranked).add(t);
                });
        ranked.sort(BEST_FIRST);
        List<UnitTimeliness> units = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            units.add(ranked.get(i).ranked(i + 1));
        }
        units.addAll(unranked);
        return new TimelinessReport(
                from, to, asOf, minVolume, List.copyOf(units), measure("全部单位", all, asOf));
    }

    static UnitTimeliness measure(String unit, List<Alert> alerts, Instant asOf) {
        int ackDue = 0, ackInTime = 0, respDue = 0, respInTime = 0;
        int overdue = 0, overdueAck = 0, overdueResp = 0, returned = 0;
        List<Duration> toAck = new ArrayList<>();
        List<Duration> toRespond = new ArrayList<>();
        for (Alert a : alerts) {
            Instant acked = a.progress().acknowledgedAt();
            Instant answered = a.progress().respondedAt();
            Instant ackBy = a.deadlines().acknowledge();
            Instant respondBy = a.deadlines().respond();
            if (acked != null || !asOf.isBefore(ackBy)) {
                ackDue++;
            }
            if (acked != null && !acked.isAfter(ackBy)) {
                ackInTime++;
            }
            if (answered != null || !asOf.isBefore(respondBy)) {
                respDue++;
            }
            if (answered != null && !answered.isAfter(respondBy)) {
                respInTime++;
            }
            boolean missedAck = missed(acked, ackBy, asOf) || a.progress().acknowledgeOverdue();
            boolean missedResp = missed(answered, respondBy, asOf) || a.progress().respondOverdue();
            overdueAck += missedAck ? 1 : 0;
            overdueResp += missedResp ? 1 : 0;
            overdue += missedAck || missedResp ? 1 : 0;
            returned += a.state() == AlertState.RETURNED ? 1 : 0;
            if (acked != null) {
                toAck.add(Duration.between(a.assignedAt(), acked));
            }
            if (answered != null) {
                toRespond.add(Duration.between(a.assignedAt(), answered));
            }
        }
        return new UnitTimeliness(
                unit,
                null,
                alerts.size(),
                ackDue,
                ackInTime,
                rate(ackInTime, ackDue),
                respDue,
                respInTime,
                rate(respInTime, respDue),
                overdue,
                overdueAck,
                overdueResp,
                returned,
                percentile(toAck, 0.5),
                percentile(toAck, 0.9),
                percentile(toRespond, 0.5),
                percentile(toRespond, 0.9));
    }

    private static boolean missed(Instant done, Instant deadline, Instant asOf) {
        return done == null ? !asOf.isBefore(deadline) : done.isAfter(deadline);
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /**
     * Nearest-rank percentile: the smallest value with at least {@code p} of values at or below.
     */
    static Duration percentile(List<Duration> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /**
     * The report as seen by someone who may see only {@code units}: their rows, ranked among all
     * units, and a total over their alerts alone.
     */
    public static TimelinessReport forUnits(
            List<Alert> alerts,
            Instant from,
            Instant to,
            Instant asOf,
            int minVolume,
            java.util.Collection<String> units) {
        TimelinessReport all = of(alerts, from, to, asOf, minVolume);
        List<Alert> theirs = alerts.stream().filter(a -> units.contains(a.leadUnit())).toList();
        return new TimelinessReport(
                from,
                to,
                asOf,
                minVolume,
                all.units().stream().filter(u -> units.contains(u.unit())).toList(),
                of(theirs, from, to, asOf, minVolume).total());
    }
}
