package org.huixiang.common.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The county's clock. Citizens write local times without a zone (2026-11-28 09:00:00), reports
 * count days and the monthly indices months as the county lives them: all in China Standard Time.
 */
public final class CountyTime {

    /** Asia/Shanghai: China Standard Time, UTC+8, no daylight saving. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter FOR_PEOPLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private CountyTime() {}

    /** A time as people in the county read it: {@code 2026-11-20 10:00} (北京时间). */
    public static String forPeople(Instant instant) {
        return FOR_PEOPLE.format(instant);
    }

    /**
     * A time for machines that people may read too: ISO-8601 with the county's offset, {@code
     * 2026-11-20T10:00+08:00}, the same instant as its UTC form.
     */
    public static String withOffset(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZONE).toString();
    }
}
