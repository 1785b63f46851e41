package org.huixiang.common.model;

import java.time.ZoneId;

/**
 * The county's clock. Citizens write local times without a zone (2026-11-28 09:00:00), reports
 * count days and the monthly indices months as the county lives them: all in China Standard Time.
 */
public final class CountyTime {

    /** Asia/Shanghai: China Standard Time, UTC+8, no daylight saving. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CountyTime() {}
}
