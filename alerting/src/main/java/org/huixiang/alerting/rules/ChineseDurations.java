package org.huixiang.alerting.rules;

import java.time.Duration;

/** Durations as a person in the response team reads them: 30分钟, 2小时, 7天. */
public final class ChineseDurations {

    private ChineseDurations() {}

    public static String chinese(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + "天";
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + "小时";
        }
        return d.toMinutes() + "分钟";
    }
}
