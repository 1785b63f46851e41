package org.huixiang.common.elasticsearch;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.huixiang.common.model.CountyTime;

/**
 * Index naming. Documents go to monthly indices by their publication month in China time, so a
 * replayed document always lands in the same index and its deterministic id stays unique.
 */
public final class IndexNames {

    /** The alias analysts and the console query; it spans every monthly index. */
    public static final String DOCS_ALIAS = "huixiang-docs";

    public static final String DOCS_PREFIX = "huixiang-docs-";

    public static final String ALERTS = "huixiang-alerts";

    /** Cases (工单): one document per citizen message's case, its latest revision. */
    public static final String CASES = "huixiang-cases";

    /** Console accounts (hashed passwords only). */
    public static final String ACCOUNTS = "huixiang-accounts";

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy.MM").withZone(CountyTime.ZONE);

    private IndexNames() {}

    /** {@code huixiang-docs-2026.11} for a document published in November 2026 (China time). */
    public static String documentIndex(Instant publishedAt) {
        return DOCS_PREFIX + MONTH.format(publishedAt);
    }
}
