package org.huixiang.common.model;

/**
 * Where a case (工单) stands: opened → 签收 → 办理 → 答复/办结 → 回访 → closed. A unit may return (退单) a case
 * routed to it wrongly; the team then reassigns it (改派).
 */
public enum CaseState {
    /** Opened and given to its lead unit; waits for 签收. */
    OPEN,
    /** 签收: the unit has it. */
    ACKNOWLEDGED,
    /** 办理: the unit is working on it. */
    IN_PROGRESS,
    /** 答复/办结: the unit replied to the citizen; waits for 回访. */
    ANSWERED,
    /** 回访 done: the citizen's satisfaction is recorded. */
    FOLLOWED_UP,
    CLOSED,
    /** 退单: the unit says it is not theirs; waits for 改派. */
    RETURNED
}
