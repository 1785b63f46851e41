package org.huixiang.common.seeds;

import java.io.Serializable;
import java.time.Duration;

/**
 * Deadlines for one alert level, measured from the moment the alert is raised. Release and press
 * conference are null for levels that do not require them.
 */
public record LevelDeadlines(
        Duration acknowledge,
        Duration respond,
        Duration authoritativeRelease,
        Duration pressConference)
        implements Serializable {}
