package org.huixiang.common.model;

/**
 * Where an alert stands in the response loop: open → acknowledged (签收) → responded (回应/办结) →
 * closed. A lead unit may return (退回) a wrongly routed alert; the response team then reassigns it
 * (改派), which opens it again for the new unit.
 */
public enum AlertState {
    OPEN,
    /** 签收. */
    ACKNOWLEDGED,
    /** 回应/办结. */
    RESPONDED,
    /** Closed by the response team, or automatically for an escalation whose cause is resolved. */
    CLOSED,
    /** 退回: the lead unit says it was routed wrongly; waits for 改派. */
    RETURNED;

    /** True while the lead unit still owes an acknowledgement or a response. */
    public boolean awaitsUnit() {
        return this == OPEN || this == ACKNOWLEDGED;
    }
}
