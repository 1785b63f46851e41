package org.huixiang.alerting.timeliness;

import java.time.Duration;

/**
 * The timeliness of one unit (or of all units) over a period.
 *
 * @param rank the unit's place among ranked units, or null when it received fewer alerts than the
 *     ranking needs (and for the total)
 * @param received alerts the unit led that were assigned to it in the period
 * @param acknowledgeDue alerts whose acknowledge deadline has passed, or that were acknowledged
 * @param acknowledgedInTime acknowledged (签收) no later than the deadline
 * @param acknowledgeRate 及时签收率: acknowledgedInTime / acknowledgeDue, or null when none was due
 * @param respondDue alerts whose respond deadline has passed, or that were answered
 * @param respondedInTime answered (回应/办结) no later than the deadline
 * @param respondRate 按时办结率: respondedInTime / respondDue, or null when none was due
 * @param overdue alerts with a missed deadline, acknowledge or respond (超期)
 * @param returned alerts the unit returned (退回) and that wait for reassignment
 * @param medianToAcknowledge median time from assignment to acknowledgement, or null
 * @param p90ToAcknowledge 90th percentile (nearest rank) of the same, or null
 * @param medianToRespond median time from assignment to response, or null
 * @param p90ToRespond 90th percentile of the same, or null
 */
public record UnitTimeliness(
        String unit,
        Integer rank,
        int received,
        int acknowledgeDue,
        int acknowledgedInTime,
        Double acknowledgeRate,
        int respondDue,
        int respondedInTime,
        Double respondRate,
        int overdue,
        int overdueAcknowledge,
        int overdueRespond,
        int returned,
        Duration medianToAcknowledge,
        Duration p90ToAcknowledge,
        Duration medianToRespond,
        Duration p90ToRespond) {

    UnitTimeliness ranked(int place) {
        return new UnitTimeliness(
                unit,
                place,
                received,
                acknowledgeDue,
                acknowledgedInTime,
                acknowledgeRate,
                respondDue,
                respondedInTime,
                respondRate,
                overdue,
                overdueAcknowledge,
                overdueRespond,
                returned,
                medianToAcknowledge,
                p90ToAcknowledge,
                medianToRespond,
                p90ToRespond);
    }
}
