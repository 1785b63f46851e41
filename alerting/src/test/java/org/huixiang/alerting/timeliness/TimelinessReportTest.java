package org.huixiang.alerting.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huixiang.alerting.TestDocuments.T0;
import static org.huixiang.alerting.TestDocuments.doc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.huixiang.alerting.lifecycle.AlertUpdates;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertProgress;
import org.huixiang.common.model.AlertState;
import org.huixiang.common.model.Deadlines;
import org.huixiang.common.seeds.SeedLoader;
import org.junit.jupiter.api.Test;

class TimelinessReportTest {

    static final Alert TEMPLATE =
            new AlertUpdates(SeedLoader.loadDefault())
                    .onDocument(null, "A", doc("d").build())
                    .revisions()
                    .get(0);
    static final Instant AS_OF = T0.plus(Duration.ofDays(3));

    /** An alert assigned at T0 + {@code hour} h; acknowledge within 2 h, respond within 48 h. */
    static Alert alert(String unit, int hour, Integer ackAfterMin, Integer respondAfterH) {
        Instant assigned = T0.plus(Duration.ofHours(hour));
        AlertProgress p = AlertProgress.NONE;
        AlertState state = AlertState.OPEN;
        if (ackAfterMin != null) {
            p = p.acknowledged(assigned.plus(Duration.ofMinutes(ackAfterMin)));
            state = AlertState.ACKNOWLEDGED;
        }
        if (respondAfterH != null) {
            p = p.responded(assigned.plus(Duration.ofHours(respondAfterH)));
            state = AlertState.RESPONDED;
        }
        return TEMPLATE.toBuilder()
                .units(unit, List.of())
                .assigned(
                        assigned,
                        new Deadlines(
                                assigned.plus(Duration.ofHours(2)),
                                assigned.plus(Duration.ofHours(48)),
                                null,
                                null))
                .progress(p)
                .state(state)
                .build();
    }

    @Test
    void ratesOverdueCountsAndTimesComputedByHand() {
        List<Alert> alerts = new ArrayList<>();
        // 县水利局: 5 alerts. Acknowledged after 30, 60, 90, 180 min and never; answered after 10 h,
        // 20 h, 50 h (late), and never twice.
        alerts.add(alert("县水利局", 0, 30, 10));
        alerts.add(alert("县水利局", 1, 60, 20));
        alerts.add(alert("县水利局", 2, 90, 50));
        alerts.add(alert("县水利局", 3, 180, null));
        alerts.add(alert("县水利局", 4, null, null));
        // 县教育体育局: 5 alerts, all acknowledged in 10 min and answered in 5 h
        for (int i = 0; i < 5; i++) {
            alerts.add(alert("县教育体育局", i, 10, 5));
        }
        // 县民政局: 1 alert, too few to rank
        alerts.add(alert("县民政局", 0, 10, 1));
        // outside the period
        alerts.add(alert("县水利局", 100, 10, 1));

        TimelinessReport r = TimelinessReport.of(alerts, T0, T0.plus(Duration.ofDays(2)), AS_OF, 5);

        assertThat(r.units())
                .extracting(UnitTimeliness::unit)
                .containsExactly("县教育体育局", "县水利局", "县民政局");
        assertThat(r.units()).extracting(UnitTimeliness::rank).containsExactly(1, 2, null);

        UnitTimeliness water = r.units().get(1);
        assertThat(water.received()).isEqualTo(5);
        // every acknowledge deadline has passed by AS_OF: 5 due, 3 in time (30, 60, 90 min)
        assertThat(water.acknowledgeDue()).isEqualTo(5);
        assertThat(water.acknowledgedInTime()).isEqualTo(3);
        assertThat(water.acknowledgeRate()).isEqualTo(0.6);
        // every respond deadline (≤ T0+52 h) has passed by T0+72 h: 5 due, 2 in time
        assertThat(water.respondDue()).isEqualTo(5);
        assertThat(water.respondedInTime()).isEqualTo(2);
        assertThat(water.respondRate()).isEqualTo(0.4);
        // overdue: #3 answered late, #4 acknowledged late and never answered, #5 never acted
        assertThat(water.overdue()).isEqualTo(3);
        assertThat(water.overdueAcknowledge()).isEqualTo(2);
        assertThat(water.overdueRespond()).isEqualTo(3);
        // times to acknowledge 30, 60, 90, 180 min: median (nearest rank) 60, p90 180
        assertThat(water.medianToAcknowledge()).isEqualTo(Duration.ofMinutes(60));
        assertThat(water.p90ToAcknowledge()).isEqualTo(Duration.ofMinutes(180));
        assertThat(water.medianToRespond()).isEqualTo(Duration.ofHours(20));
        assertThat(water.p90ToRespond()).isEqualTo(Duration.ofHours(50));

        assertThat(r.total().received()).isEqualTo(11);
        assertThat(r.total().respondedInTime()).isEqualTo(8);
    }

    @Test
    void alertsNotYetDueDoNotLowerTheRate() {
        Alert fresh = alert("县水利局", 71, null, null);
        UnitTimeliness t = TimelinessReport.of(List.of(fresh), T0, AS_OF, AS_OF, 1).units().get(0);
        assertThat(t.received()).isEqualTo(1);
        assertThat(t.acknowledgeDue()).isZero();
        assertThat(t.acknowledgeRate()).isNull();
        assertThat(t.overdue()).isZero();
    }

    @Test
    void oneUnitOnly() {
        TimelinessReport r =
                TimelinessReport.forUnits(
                        List.of(
                                alert("县水利局", 0, 10, 1),
                                alert("县民政局", 0, 10, 1),
                                alert("县民政局", 1, 300, 1)),
                        T0,
                        AS_OF,
                        AS_OF,
                        1,
                        List.of("县民政局"));
        assertThat(r.units()).extracting(UnitTimeliness::unit).containsExactly("县民政局");
        // ranked among all units: 县水利局 acknowledged every alert in time, 县民政局 one of two
        assertThat(r.units().get(0).rank()).isEqualTo(2);
        assertThat(r.total().received()).isEqualTo(2);
    }
}
