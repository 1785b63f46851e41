package org.huixiang.common.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The case (工单) a citizen message opens: every message through a citizen channel (12345, 留言板, 信箱,
 * the intake) opens exactly one, whether or not an alert rule fires on it. One revision of it; a
 * later revision replaces it under the same id.
 *
 * @param id {@code case-} and the message's document id: the same message always opens the same
 *     case
 * @param channel the message's source (12345, 留言板, …): it picks the time limits
 * @param openedAt when the message reached huixiang (event time), when the clocks start
 * @param leadUnit the unit that must answer (承办单位), as the analyzer routed it
 * @param responsibleUnits the co-responsible units (协办单位), the town's government among them; named
 *     as the alerts' fields are
 * @param region the town the message is about, or null
 * @param deadlines 签收 and 办结, as instants
 * @param limit the 办结 limit in words ("5 个工作日", "PT2H"), as the deadline was counted
 */
public record CitizenCase(
        String id,
        String documentId,
        String channel,
        String title,
        Instant openedAt,
        Appeal appeal,
        String leadUnit,
        List<String> responsibleUnits,
        String region,
        CaseState state,
        CaseDeadlines deadlines,
        String limit,
        int revision)
        implements Serializable {

    public CitizenCase {
        responsibleUnits = List.copyOf(responsibleUnits);
    }

    /** The case id of a message's document. */
    public static String idOf(String documentId) {
        return "case-" + documentId;
    }
}
