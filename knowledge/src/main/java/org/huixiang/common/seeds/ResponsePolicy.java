package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the response loop runs, from the {@code response} section of {@code sla.yaml}.
 *
 * @param team the unit of the response team (舆情回应), who reassigns, escalates and closes, and who
 *     receives overdue escalations
 * @param reminderAt the fraction of each deadline after which a reminder goes out, in (0, 1)
 * @param retention how long a closed alert's state is kept (late commands are still answered)
 * @param minRankingVolume the fewest alerts a unit must have received in a period to be ranked
 */
public record ResponsePolicy(
        String team, double reminderAt, Duration retention, int minRankingVolume)
        implements Serializable {}
